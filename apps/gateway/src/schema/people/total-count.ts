import type { builder } from '../../builder';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
type FieldBuilder = PothosSchemaTypes.ObjectFieldBuilder<Types, object>;
type TotalCountField = { totalCount: ReturnType<FieldBuilder['int']> };

/*
 * The prisma plugin adds `totalCount` to connections without a description, and the
 * schema must describe every field: connection options redefine it here. The
 * extension is the plugin's own marker, kept so it still recognises the field and
 * counts with one COUNT query instead of loading rows.
 */
const DESCRIPTION = 'Number of items in the whole connection (all pages), after filters.';

/** For `t.relatedConnection(...)`: the plugin stores the count as a number on the connection. */
export function relatedTotalCount(t: FieldBuilder): TotalCountField {
  return {
    totalCount: t.int({
      description: DESCRIPTION,
      extensions: { pothosPrismaTotalCount: true },
      resolve: (connection) => (connection as { totalCount: number }).totalCount,
    }),
  };
}

/** For `t.prismaConnection(...)`: the plugin stores a function that runs the count. */
export function rootTotalCount(t: FieldBuilder): TotalCountField {
  return {
    totalCount: t.int({
      description: DESCRIPTION,
      extensions: { pothosPrismaTotalCount: true },
      resolve: (connection) => (connection as { totalCount: () => number | Promise<number> }).totalCount(),
    }),
  };
}
