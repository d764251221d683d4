import { IATI_TRANSACTION_TYPES, type Currency } from '@crc/domain';
import { recordFunding } from '@crc/db';
import { commandActor } from '../../auth/viewer';
import { builder } from '../../builder';
import { vocabularyField } from '../common/vocabulary-field';
import { moneyText } from '../programmes/money-total';
import { CurrencyEnum, TransactionTypeEnum } from '../common/vocabulary-enums';
import { COMMON_MUTATION_ERRORS } from '../common/errors';
import { commandValue } from '../common/command-value';
import { idFromInput, optionalIdFromInput } from '../common/ids';

const FundingRef = builder.prismaNode('Funding', {
  description:
    'One funding transaction (an IATI transaction): who gave how much to whom, when, for a programme or project. Public.',
  id: { field: 'id' },
  fields: (t) => ({
    donor: t.relation('donorOrganisation', {
      description: 'The organisation the money comes from (IATI provider-org).',
    }),
    recipient: t.relation('recipientOrganisation', {
      nullable: true,
      description: 'The organisation the money goes to (IATI receiver-org); null when not recorded.',
    }),
    programme: t.relation('programme', {
      nullable: true,
      description: 'The programme funded; for project funding, the project’s programme.',
    }),
    project: t.relation('project', {
      nullable: true,
      description: 'The project funded; null for programme-level funding.',
    }),
    ...vocabularyField(t, 'transactionType', {
      type: TransactionTypeEnum,
      vocabulary: 'iatiTransactionTypes',
      description: 'IATI transaction type.',
    }),
    transactionTypeIatiCode: t.int({
      nullable: true,
      description: 'The IATI TransactionType code, e.g. 1 for incoming funds.',
      resolve: (funding) =>
        IATI_TRANSACTION_TYPES.find((type) => type.code === funding.transactionType)?.iatiCode ?? null,
    }),
    amount: t.field({
      type: 'Decimal',
      description:
        'The exact amount as a decimal string with the currency’s decimal places, e.g. `"12345678901234.56"`.',
      resolve: (funding) => moneyText(funding.amount, funding.currency),
    }),
    currency: t.field({
      type: CurrencyEnum,
      description: 'ISO 4217 currency of the amount.',
      resolve: (funding) => funding.currency as Currency,
    }),
    transactionDate: t.expose('transactionDate', { type: 'Date', description: 'Date of the transaction.' }),
    description: t.exposeString('description', { nullable: true, description: 'Free-text note on the transaction.' }),
  }),
});

export const FundingCreateInput = builder.inputType('FundingCreateInput', {
  description:
    'A funding transaction to record. Validated with @crc/domain `FundingCreateSchema`; problems come back as a ValidationError naming each field.',
  fields: (t) => ({
    programmeId: t.id({
      required: false,
      description:
        'The programme funded (global id or UUID). For project funding it may be omitted: the project’s programme is recorded.',
    }),
    projectId: t.id({
      required: false,
      description: 'The project funded (global id or UUID). Give a programme, a project or both.',
    }),
    donorOrganisationId: t.id({
      required: true,
      description: 'The organisation the money comes from (IATI provider-org).',
    }),
    recipientOrganisationId: t.id({
      required: true,
      description: 'The organisation the money goes to (IATI receiver-org); not the donor.',
    }),
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
      description:
        'Date of the transaction; money that has moved (incoming funds, disbursement, expenditure) cannot be dated in the future.',
    }),
    description: t.string({ required: false, description: 'Free-text note (at most 2000 characters).' }),
  }),
});

builder.mutationField('recordFunding', (t) =>
  t.prismaField({
    type: FundingRef,
    description:
      'Records a funding transaction for a programme or project. ADMIN only: funding is a programme record. The amount is an exact decimal string (never a float). Validates the input (ValidationError naming each field), checks that the programme, project and organisations exist (NotFoundError), then writes the transaction and one audit-log row in one transaction.',
    authScopes: { admin: true },
    errors: {
      types: [...COMMON_MUTATION_ERRORS],
      union: { name: 'RecordFundingResult', description: 'The recorded transaction, or why nothing was written.' },
      result: { name: 'RecordFundingSuccess', description: 'The transaction was recorded.' },
      dataField: { name: 'funding', description: 'The recorded transaction.' },
    },
    args: { input: t.arg({ type: FundingCreateInput, required: true, description: 'The transaction to record.' }) },
    resolve: async (query, _root, args, context) => {
      const { input } = args;
      const result = await recordFunding(context.prisma, commandActor(context.viewer), {
        ...input,
        programmeId: optionalIdFromInput(input.programmeId, 'Programme'),
        projectId: optionalIdFromInput(input.projectId, 'Project'),
        donorOrganisationId: idFromInput(input.donorOrganisationId, 'Organisation'),
        recipientOrganisationId: idFromInput(input.recipientOrganisationId, 'Organisation'),
      });
      return context.prisma.funding.findUniqueOrThrow({ ...query, where: { id: commandValue(result, context).id } });
    },
  }),
);
