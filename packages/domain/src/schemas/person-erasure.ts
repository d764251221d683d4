import { z } from 'zod';
import { IdSchema } from './id';

/** Anonymise a person (ADMIN only): irreversible, and idempotent. */
export const PersonErasureSchema = z.object({ beneficiaryId: IdSchema });
export type PersonErasure = z.infer<typeof PersonErasureSchema>;
