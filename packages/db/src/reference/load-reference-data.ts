import type { PrismaClient } from '../generated/prisma/client';
import { loadAdminAreas } from './load-admin-areas';
import type { LoadCounts } from './load-counts';
import { loadVocabularyTerms } from './load-vocabulary-terms';

export interface ReferenceDataCounts {
  readonly adminAreas: LoadCounts;
  readonly vocabularyTerms: LoadCounts;
}

/**
 * Loads the reference data that ships in @crc/domain (geography and vocabularies) in
 * one transaction. Idempotent: loading twice inserts and updates nothing the second time.
 */
export async function loadReferenceData(prisma: PrismaClient): Promise<ReferenceDataCounts> {
  return prisma.$transaction(
    async (tx) => ({
      adminAreas: await loadAdminAreas(tx),
      vocabularyTerms: await loadVocabularyTerms(tx),
    }),
    { timeout: 120_000, maxWait: 30_000 },
  );
}
