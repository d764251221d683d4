import { decodeGlobalID } from '@pothos/plugin-relay';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The nil UUID: the database never generates it, so a lookup by it finds nothing. */
const NIL_UUID = '00000000-0000-0000-0000-000000000000';

/**
 * The UUID behind an id given as the object's global id or as its bare UUID. Anything
 * else comes back unchanged, so the domain schema refuses it naming the field.
 */
export function idFromInput(value: string, typename: string): string {
  if (UUID.test(value)) return value;
  try {
    const decoded = decodeGlobalID(value);
    return decoded.typename === typename ? decoded.id : value;
  } catch {
    return value;
  }
}

/** For lookups and filters: a value that cannot be a UUID of that type matches nothing instead of failing in PostgreSQL. */
export function uuidOrNil(value: string, typename: string): string {
  const id = idFromInput(value, typename);
  return UUID.test(id) ? id : NIL_UUID;
}
