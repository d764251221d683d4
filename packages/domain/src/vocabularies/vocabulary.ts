import { z } from 'zod';

/**
 * One entry of a controlled vocabulary. `code` is the stable identifier stored in
 * the database and exchanged over the API (never renumbered, never reused);
 * `label` is the English label (translations live in @crc/i18n, keyed by code).
 */
export interface VocabularyEntry {
  readonly code: string;
  readonly label: string;
}

/** The union of codes of a vocabulary array. */
export type CodeOf<T extends readonly VocabularyEntry[]> = T[number]['code'];

/** The codes of a vocabulary, in declaration order. */
export function codesOf<const T extends readonly VocabularyEntry[]>(entries: T): readonly CodeOf<T>[] {
  return entries.map((entry) => entry.code as CodeOf<T>);
}

/** A zod enum accepting exactly the codes of a vocabulary. */
export function vocabularySchema<const T extends readonly VocabularyEntry[]>(entries: T, name: string) {
  const codes = codesOf(entries);
  return z.enum(codes as [CodeOf<T>, ...CodeOf<T>[]], {
    error: (issue) => `must be one of the ${name} codes: ${codes.join(', ')} (got ${JSON.stringify(issue.input)})`,
  });
}

/** The entry of a vocabulary with the given code (undefined when the code is unknown). */
export function findEntry<const T extends readonly VocabularyEntry[]>(entries: T, code: string): T[number] | undefined {
  return entries.find((entry) => entry.code === code);
}
