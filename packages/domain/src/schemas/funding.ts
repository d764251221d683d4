import { z } from 'zod';
import { todayInIraq } from '../rules/today';
import { CurrencySchema } from '../vocabularies/currencies';
import { IatiTransactionTypeSchema, type IatiTransactionType } from '../vocabularies/iati-transaction-types';
import { DecimalAmountSchema, fitsMinorUnits, minorUnitsMessage } from './decimal-amount';
import { AFTER_FIELD_CHECKS } from './cross-field-checks';
import { ENTITY_FIELDS } from './entity-fields';
import { IdSchema } from './id';
import { IsoDateSchema } from './iso-date';
import { AT_LEAST_ONE_FIELD, hasAtLeastOneField } from './update-input';

/** Money that has actually moved cannot be dated in the future; pledges and commitments can be. */
const PAST_ONLY_TRANSACTIONS: readonly IatiTransactionType[] = ['incoming_funds', 'disbursement', 'expenditure'];

const fundingFields = {
  programmeId: IdSchema.optional(),
  projectId: IdSchema.optional(),
  /** The organisation the money comes from (IATI provider-org). */
  donorOrganisationId: IdSchema,
  /** The organisation the money goes to (IATI receiver-org). */
  recipientOrganisationId: IdSchema,
  transactionType: IatiTransactionTypeSchema,
  amount: DecimalAmountSchema,
  currency: CurrencySchema,
  transactionDate: IsoDateSchema,
  description: z.string().trim().max(2000).optional(),
};

type FundingFields = z.output<z.ZodObject<typeof fundingFields>>;

function checkFunding(funding: Partial<FundingFields>, ctx: z.RefinementCtx, isPatch: boolean): void {
  if (!isPatch && funding.programmeId === undefined && funding.projectId === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['projectId'],
      message: 'funding goes to a programme or a project: give at least one',
    });
  }
  if (
    funding.amount !== undefined &&
    funding.currency !== undefined &&
    !fitsMinorUnits(funding.amount, funding.currency)
  ) {
    ctx.addIssue({ code: 'custom', path: ['amount'], message: minorUnitsMessage(funding.currency) });
  }
  if (funding.donorOrganisationId !== undefined && funding.donorOrganisationId === funding.recipientOrganisationId) {
    ctx.addIssue({ code: 'custom', path: ['recipientOrganisationId'], message: 'must differ from the donor' });
  }
  if (
    funding.transactionType !== undefined &&
    PAST_ONLY_TRANSACTIONS.includes(funding.transactionType) &&
    funding.transactionDate !== undefined &&
    funding.transactionDate > todayInIraq()
  ) {
    ctx.addIssue({
      code: 'custom',
      path: ['transactionDate'],
      message: `must not be in the future for a ${funding.transactionType.replace(/_/g, ' ')}`,
    });
  }
}

/** A funding transaction (IATI transaction): decimal amount with its currency, never a float. */
export const FundingSchema = z
  .object({ ...ENTITY_FIELDS, ...fundingFields })
  .superRefine((funding, ctx) => checkFunding(funding, ctx, false), AFTER_FIELD_CHECKS);
export type Funding = z.infer<typeof FundingSchema>;

export const FundingCreateSchema = z
  .object(fundingFields)
  .superRefine((funding, ctx) => checkFunding(funding, ctx, false), AFTER_FIELD_CHECKS);
export type FundingCreate = z.infer<typeof FundingCreateSchema>;
/** What a caller may pass (defaults not yet applied). */
export type FundingCreateInput = z.input<typeof FundingCreateSchema>;

export const FundingUpdateSchema = z
  .object(fundingFields)
  .partial()
  .refine(hasAtLeastOneField, AT_LEAST_ONE_FIELD)
  .superRefine((funding, ctx) => checkFunding(funding, ctx, true), AFTER_FIELD_CHECKS);
export type FundingUpdate = z.infer<typeof FundingUpdateSchema>;
