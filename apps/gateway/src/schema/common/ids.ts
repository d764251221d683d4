import { z } from 'zod';
import { decodeGlobalID } from '@pothos/plugin-relay';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The nil UUID: gen_random_uuid() never produces it, so a lookup by it finds nothing. */
const NIL_UUID = '00000000-0000-0000-0000-000000000000';

/*
 * Record ids are UUIDs. A caller may name a record by its global id (from its `id`
 * field) or by its bare UUID; `typename` is the object type the id must belong to.
 * PostgreSQL answers a malformed UUID with an error rather than "no row", so:
 * - inputs (idFromInput, optionalIdFromInput) pass a malformed id through unchanged, and
 *   the domain schema then refuses it with an error naming the field;
 * - lookups and filters (uuidFromArgument, uuidOrNil) treat it as naming nothing.
 */

/** The UUID behind an input id; anything that is not an id of that type comes back as given. */
export function idFromInput(value: string | number, typename: string): string {
  const text = String(value);
  if (UUID.test(text)) return text;
  try {
    const decoded = decodeGlobalID(text);
    return decoded.typename === typename ? decoded.id : text;
  } catch {
    return text;
  }
}

/** Like idFromInput, for optional fields: null stays null (a patch clears the field with it), undefined undefined. */
export function optionalIdFromInput<V extends string | number | null | undefined>(
  value: V,
  typename: string,
): string | Extract<V, null | undefined> {
  return value === null || value === undefined ? (value as Extract<V, null | undefined>) : idFromInput(value, typename);
}

/** The UUID an id argument names, or null when it cannot name a record of that type (the query then answers "nothing" without asking the database). */
export function uuidFromArgument(value: string, typename: string): string | null {
  const id = idFromInput(value, typename);
  return UUID.test(id) ? id : null;
}

/** For Prisma `where` clauses: an id that cannot name a record of that type becomes one that matches nothing. */
export function uuidOrNil(value: string, typename: string): string {
  return uuidFromArgument(value, typename) ?? NIL_UUID;
}

/**
 * An id argument: the global id or UUID of a `typename`, read as the UUID. Anything else
 * is refused (`params.rule` `not_an_id`) rather than matched against nothing.
 */
export function globalIdSchema(typename: string) {
  return z.union([z.string(), z.number()]).transform((value, context) => {
    const id = uuidFromArgument(String(value), typename);
    if (id !== null) return id;
    context.addIssue({
      code: 'custom',
      message: `must be the global id or UUID of a ${typename}`,
      params: { rule: 'not_an_id' },
    });
    return z.NEVER;
  });
}
