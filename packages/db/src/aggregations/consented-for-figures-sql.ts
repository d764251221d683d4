import { Prisma } from '../generated/prisma/client';

/**
 * People counted in figures: all but those who withdrew consent to data processing
 * (@crc/domain consentAllows(…, 'figures')). They leave every figure, past periods
 * included; an erased person stays (erasure anonymises, it does not withdraw). `b` is
 * the beneficiary.
 */
export const consentedForFiguresSql = Prisma.sql`NOT ('data_processing' = ANY(b.consent_purposes_withdrawn))`;
