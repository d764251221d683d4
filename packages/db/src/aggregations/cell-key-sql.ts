import { RECORD_KEY_RESOLUTION } from '@crc/metrics';
import { Prisma } from '../generated/prisma/client';

/**
 * Cell keys in SQL, with the definition of @crc/metrics `cellKeyOf`: the fractional part
 * of the sum of the record keys of the distinct people a figure counts.
 *
 * `beneficiary.record_key` is a double precision on the 2^-32 grid, so `record_key ×
 * 2^32` is an exact integer (the key's step). Steps are summed as integers (SUM of
 * bigint is numeric in PostgreSQL: exact) and taken modulo 2^32, so the key does not
 * depend on the order rows are summed in, exactly as in @crc/metrics. The caller must
 * give each person one row in the group (e.g. GROUP BY person first): a plain SUM over
 * deliveries would count a person once per delivery.
 */
export function recordKeyStepSql(recordKeyColumn: string): Prisma.Sql {
  return Prisma.sql`(${Prisma.raw(recordKeyColumn)} * ${RECORD_KEY_RESOLUTION}::float8)::bigint`;
}

/** The cell key, in [0, 1), of the rows of a group, one row per person carrying its key step. */
export function cellKeySql(keyStepColumn: string): Prisma.Sql {
  return Prisma.sql`(COALESCE(SUM(${Prisma.raw(keyStepColumn)}), 0) % ${RECORD_KEY_RESOLUTION}::bigint)::float8 / ${RECORD_KEY_RESOLUTION}::float8`;
}
