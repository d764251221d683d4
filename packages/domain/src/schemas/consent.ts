import { z } from 'zod';
import { ConsentPurposeSchema } from '../vocabularies/consent-purposes';
import { IdSchema } from './id';
import { PastOrTodayDateSchema } from './iso-date';

const purposes = () =>
  z
    .array(ConsentPurposeSchema)
    .min(1, { error: 'must name at least one purpose' })
    .refine((list) => new Set(list).size === list.length, { error: 'lists the same purpose twice' });

/**
 * Consent given (again or for more purposes) by a person already registered. The
 * purposes add to those in force; a purpose withdrawn earlier is given anew.
 */
export const ConsentGivenSchema = z.object({
  beneficiaryId: IdSchema,
  givenOn: PastOrTodayDateSchema,
  purposes: purposes(),
  /** How it was recorded, e.g. 'signed form', 'verbal, witnessed by the case worker'. */
  recordedHow: z.string().trim().min(1, { error: 'must say how the consent was recorded' }).max(200),
});
export type ConsentGiven = z.infer<typeof ConsentGivenSchema>;

/** A person withdraws consent for some purposes (`data_processing` withdraws them all). */
export const ConsentWithdrawalSchema = z.object({
  beneficiaryId: IdSchema,
  withdrawnOn: PastOrTodayDateSchema,
  purposes: purposes(),
});
export type ConsentWithdrawal = z.infer<typeof ConsentWithdrawalSchema>;
