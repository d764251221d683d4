import { IATI_TRANSACTION_TYPES, type Currency, type IatiTransactionType } from '@crc/domain';
import { builder } from '../../builder';
import { localeArg } from '../common/locale';
import { moneyText } from '../programmes/money-total';
import { vocabularyLabelIn } from '../common/vocabulary-label';
import { CurrencyEnum, TransactionTypeEnum } from '../common/vocabulary-enums';

builder.prismaNode('Funding', {
  description: 'One funding transaction (an IATI transaction): who gave how much to whom, when, for a programme or project. Public.',
  id: { field: 'id' },
  fields: (t) => ({
    donor: t.relation('donorOrganisation', { description: 'The organisation the money comes from (IATI provider-org).' }),
    recipient: t.relation('recipientOrganisation', {
      nullable: true,
      description: 'The organisation the money goes to (IATI receiver-org); null when not recorded.',
    }),
    programme: t.relation('programme', {
      nullable: true,
      description: 'The programme funded; for project funding, the project’s programme.',
    }),
    project: t.relation('project', { nullable: true, description: 'The project funded; null for programme-level funding.' }),
    transactionType: t.field({
      type: TransactionTypeEnum,
      description: 'IATI transaction type.',
      resolve: (funding) => funding.transactionType as IatiTransactionType,
    }),
    transactionTypeIatiCode: t.int({
      nullable: true,
      description: 'The IATI TransactionType code, e.g. 1 for incoming funds.',
      resolve: (funding) => IATI_TRANSACTION_TYPES.find((type) => type.code === funding.transactionType)?.iatiCode ?? null,
    }),
    transactionTypeLabel: t.string({
      description: 'Transaction type in the requested language.',
      args: { locale: t.arg(localeArg) },
      resolve: (funding, args, context) => vocabularyLabelIn(context, args.locale, 'iatiTransactionTypes', funding.transactionType),
    }),
    amount: t.field({
      type: 'Decimal',
      description: 'The exact amount as a decimal string with the currency’s decimal places, e.g. `"12345678901234.56"`.',
      resolve: (funding) => moneyText(funding.amount, funding.currency),
    }),
    currency: t.field({ type: CurrencyEnum, description: 'ISO 4217 currency of the amount.', resolve: (funding) => funding.currency as Currency }),
    transactionDate: t.expose('transactionDate', { type: 'Date', description: 'Date of the transaction.' }),
    description: t.exposeString('description', { nullable: true, description: 'Free-text note on the transaction.' }),
  }),
});
