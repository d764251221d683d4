import type { VocabularyEntry } from '@crc/domain';

/** GraphQL enum values for a @crc/domain vocabulary: `EDUCATION` stands for the code `education`, described by its English label. */
export function vocabularyEnumValues<const T extends readonly VocabularyEntry[]>(
  entries: T,
  describe: (entry: T[number]) => string = (entry) => entry.label,
): Record<string, { value: T[number]['code']; description: string }> {
  return Object.fromEntries(
    entries.map((entry) => [entry.code.toUpperCase(), { value: entry.code, description: describe(entry) }]),
  );
}
