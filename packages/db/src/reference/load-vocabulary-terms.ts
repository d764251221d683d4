import { VOCABULARIES, VOCABULARY_NAMES } from '@crc/domain';
import type { Prisma } from '../generated/prisma/client';
import { emptyCounts, type LoadCounts } from './load-counts';
import { stableJson } from './stable-json';

interface TermRow {
  vocabulary: string;
  code: string;
  label: string;
  position: number;
  extra: Prisma.InputJsonObject;
}

/** The rows vocabulary_term should hold. */
export function wantedTerms(): TermRow[] {
  return VOCABULARY_NAMES.flatMap((vocabulary) =>
    VOCABULARIES[vocabulary].map(({ code, label, ...extra }, position) => ({
      vocabulary,
      code,
      label,
      position,
      // Round-trip through JSON so readonly tuples and undefined become plain JSON.
      extra: JSON.parse(JSON.stringify(extra)) as Prisma.InputJsonObject,
    })),
  );
}

const keyOf = (row: { vocabulary: string; code: string }) => `${row.vocabulary}\u0000${row.code}`;

/**
 * Mirrors every vocabulary of @crc/domain (the VOCABULARIES registry) into
 * vocabulary_term, so SQL reports can join labels and codes can be checked in SQL.
 * Terms missing from the code are kept: codes are never reused, and rows may still
 * carry them.
 */
export async function loadVocabularyTerms(tx: Prisma.TransactionClient): Promise<LoadCounts> {
  const counts = emptyCounts();
  const existing = new Map((await tx.vocabularyTerm.findMany()).map((row) => [keyOf(row), row]));
  const toInsert: TermRow[] = [];
  for (const wanted of wantedTerms()) {
    const current = existing.get(keyOf(wanted));
    if (!current) {
      toInsert.push(wanted);
    } else if (
      current.label === wanted.label &&
      current.position === wanted.position &&
      stableJson(current.extra) === stableJson(wanted.extra)
    ) {
      counts.unchanged += 1;
    } else {
      await tx.vocabularyTerm.update({
        where: { vocabulary_code: { vocabulary: wanted.vocabulary, code: wanted.code } },
        data: { label: wanted.label, position: wanted.position, extra: wanted.extra },
      });
      counts.updated += 1;
    }
  }
  if (toInsert.length > 0) counts.inserted = (await tx.vocabularyTerm.createMany({ data: toInsert })).count;
  return counts;
}
