import { decodeGlobalID } from '@pothos/plugin-relay';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The database id behind an id argument or input field, which may be the object's
 * global id (from its `id` field) or its bare UUID. Anything else comes back as
 * given, so the domain schema refuses it with an error that names the field
 * instead of the whole request failing.
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

/** Like idFromInput, for optional fields: null and undefined stay undefined. */
export function optionalIdFromInput(value: string | null | undefined, typename: string): string | undefined {
  return value == null ? undefined : idFromInput(value, typename);
}

/**
 * The UUID an id argument of a query names, or null when it cannot name a record of
 * that type (then the query answers "nothing" without asking the database).
 */
export function uuidFromArgument(value: string, typename: string): string | null {
  const id = idFromInput(value, typename);
  return UUID.test(id) ? id : null;
}
