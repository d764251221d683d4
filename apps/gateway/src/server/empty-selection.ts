/**
 * Prisma refuses `select: {}`, which Pothos' prisma plugin asks for when the client
 * selects no field of the object (only `__typename`). After a mutation's transaction
 * committed, that re-read would turn a done write into "Unexpected error." and a client
 * retry into a second write. An empty selection reads the row's scalars instead.
 */
export function withoutEmptySelection<Args>(args: Args): Args {
  if (args === null || typeof args !== 'object' || !('select' in args)) return args;
  const { select, ...rest } = args as { select?: unknown };
  if (select === null || typeof select !== 'object' || Object.keys(select).length > 0) return args;
  return rest as Args;
}
