const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The nil UUID: gen_random_uuid() never produces it, so a lookup by it finds nothing. */
export const NIL_UUID = '00000000-0000-0000-0000-000000000000';

/**
 * Record ids are UUIDs, and PostgreSQL answers a malformed one with an error rather than
 * "no row". Ids decoded from a global id are caller input: a malformed one becomes an id
 * that matches nothing, so `node(id:)`, `centre(id:)` and filters answer null or empty.
 */
export function uuidOrNil(id: string): string {
  return UUID.test(id) ? id : NIL_UUID;
}
