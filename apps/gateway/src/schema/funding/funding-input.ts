import { builder } from '../../builder';
import { CurrencyEnum, TransactionTypeEnum } from '../common/vocabulary-enums';

export const FundingCreateInput = builder.inputType('FundingCreateInput', {
  description:
    'A funding transaction to record. Validated with @crc/domain `FundingCreateSchema`; problems come back as a ValidationError naming each field.',
  fields: (t) => ({
    programmeId: t.id({
      required: false,
      description: 'The programme funded (global id or UUID). For project funding it may be omitted: the project’s programme is recorded.',
    }),
    projectId: t.id({ required: false, description: 'The project funded (global id or UUID). Give a programme, a project or both.' }),
    donorOrganisationId: t.id({ required: true, description: 'The organisation the money comes from (IATI provider-org).' }),
    recipientOrganisationId: t.id({ required: true, description: 'The organisation the money goes to (IATI receiver-org); not the donor.' }),
    transactionType: t.field({ type: TransactionTypeEnum, required: true, description: 'IATI transaction type.' }),
    amount: t.field({
      type: 'Decimal',
      required: true,
      description:
        'The amount as a decimal string, e.g. `"12345678901234.56"`: not negative, no more decimals than the currency has (none for IQD), at most 16 digits before the point.',
    }),
    currency: t.field({ type: CurrencyEnum, required: true, description: 'ISO 4217 currency of the amount.' }),
    transactionDate: t.field({
      type: 'Date',
      required: true,
      description: 'Date of the transaction; money that has moved (incoming funds, disbursement, expenditure) cannot be dated in the future.',
    }),
    description: t.string({ required: false, description: 'Free-text note (at most 2000 characters).' }),
  }),
});
