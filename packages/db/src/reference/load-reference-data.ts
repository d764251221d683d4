import type { Db } from '../create-db';
import type { PrismaClient } from '../generated/prisma/client';
import { loadAdminAreas, wantedAdminAreas } from './load-admin-areas';
import type { LoadCounts } from './load-counts';
import { loadVocabularyTerms, wantedTerms } from './load-vocabulary-terms';
import {
  recordedFingerprint,
  recordFingerprintStatement,
  referenceDataFingerprint,
} from './reference-data-fingerprint';

export interface ReferenceDataCounts {
  readonly adminAreas: LoadCounts;
  readonly vocabularyTerms: LoadCounts;
  /** How the rows were found unchanged: compared one by one, or by the fingerprint of the last load (ensureReferenceData). */
  readonly compared: 'rows' | 'fingerprint';
}

/**
 * Loads the reference data that ships in @crc/domain (geography and vocabularies) in
 * one transaction, comparing every row: a row that drifted is repaired. Idempotent:
 * loading twice inserts and updates nothing the second time. Records the shipped data's
 * fingerprint in the same transaction, for ensureReferenceData.
 */
export async function loadReferenceData(prisma: PrismaClient): Promise<ReferenceDataCounts> {
  return prisma.$transaction(
    async (tx) => {
      const adminAreas = await loadAdminAreas(tx);
      const vocabularyTerms = await loadVocabularyTerms(tx);
      await tx.$executeRawUnsafe(recordFingerprintStatement(referenceDataFingerprint()));
      return { adminAreas, vocabularyTerms, compared: 'rows' as const };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

/**
 * loadReferenceData unless the database already holds exactly this version's reference
 * data by its recorded fingerprint: one small query instead of reading and comparing
 * every row (the gateway's start, issue 13). Rows edited by hand since are not looked
 * at: loadReferenceData repairs them.
 */
export async function ensureReferenceData(db: Pick<Db, 'prisma' | 'sql'>): Promise<ReferenceDataCounts> {
  if ((await recordedFingerprint(db.sql)) !== referenceDataFingerprint()) return loadReferenceData(db.prisma);
  const unchanged = (count: number): LoadCounts => ({ inserted: 0, updated: 0, unchanged: count });
  return {
    adminAreas: unchanged(wantedAdminAreas().length),
    vocabularyTerms: unchanged(wantedTerms().length),
    compared: 'fingerprint',
  };
}
