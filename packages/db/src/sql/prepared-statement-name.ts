/** Names given so far, by statement text: a name must always stand for the same text on a connection. */
const namesByText = new Map<string, string>();

/**
 * The name a statement is prepared under on PostgreSQL: one per distinct text, the same
 * for the life of the process on every connection of its pools.
 */
export function preparedStatementName(text: string): string {
  let name = namesByText.get(text);
  if (name === undefined) {
    name = `crc_prepared_${namesByText.size + 1}`;
    namesByText.set(text, name);
  }
  return name;
}
