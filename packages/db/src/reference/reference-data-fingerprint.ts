import { createHash } from 'node:crypto';
import type { SqlExecutor } from '../sql/sql-executor';
import { wantedAdminAreas } from './load-admin-areas';
import { wantedTerms } from './load-vocabulary-terms';
import { stableJson } from './stable-json';

/**
 * Where the fingerprint of the last complete load is kept: the comment of admin_area,
 * written in the load's own transaction (so it never names a load that rolled back), with
 * no table or migration of its own. A comment is not part of what Prisma migrates or
 * diffs.
 */
const FINGERPRINT_TABLE = 'admin_area';
const FINGERPRINT_PREFIX = 'CRC reference data (areas and vocabularies) loaded, sha256 ';

let shipped: string | undefined;

/** sha256 of the reference rows this version of @crc/domain ships (computed once per process). */
export function referenceDataFingerprint(): string {
  shipped ??= createHash('sha256')
    .update(stableJson({ areas: wantedAdminAreas(), terms: wantedTerms() }))
    .digest('hex');
  return shipped;
}

/** The statement that records `fingerprint` as loaded; run inside the load's transaction. */
export function recordFingerprintStatement(fingerprint: string): string {
  // A hex digest and a constant: nothing to escape.
  return `COMMENT ON TABLE "${FINGERPRINT_TABLE}" IS '${FINGERPRINT_PREFIX}${fingerprint}'`;
}

/** The fingerprint recorded by the last complete load, or undefined (never loaded, or loaded before fingerprints). */
export async function recordedFingerprint(sql: SqlExecutor): Promise<string | undefined> {
  const [row] = await sql.query<{ comment: string | null }>(
    `SELECT obj_description(to_regclass($1), 'pg_class') AS comment`,
    [FINGERPRINT_TABLE],
  );
  const comment = row?.comment ?? '';
  return comment.startsWith(FINGERPRINT_PREFIX) ? comment.slice(FINGERPRINT_PREFIX.length) : undefined;
}
