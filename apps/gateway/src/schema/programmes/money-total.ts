import { minorUnitsOf, type Currency, type IatiTransactionType } from '@crc/domain';
import { builder } from '../../builder';
import { CurrencyEnum, TransactionTypeEnum } from '../common/vocabulary-enums';

/** An exact sum of money in one currency (amounts are never converted or added across currencies). */
export interface MoneyTotal {
  /** The transaction type summed, or null when the sum spans the types the caller chose. */
  readonly transactionType: IatiTransactionType | null;
  readonly currency: string;
  /** The exact sum as a decimal (Prisma Decimal or string). */
  readonly amount: { toFixed(digits?: number): string } | string;
  readonly transactions: number;
  /** The programme or project the sum belongs to, when sums of several are loaded together. */
  readonly groupId?: string;
}

/** An amount written with its currency's decimal places: '1500000' IQD, '1250.50' USD; never rounded (stored amounts have no more). */
export function moneyText(amount: MoneyTotal['amount'], currency: string): string {
  if (typeof amount === 'string') return amount;
  return amount.toFixed(minorUnitsOf(currency as Currency));
}

export const MoneyTotalRef = builder.objectRef<MoneyTotal>('MoneyTotal').implement({
  description:
    'A sum of funding transactions in one currency, computed exactly by the database (never as floating point).',
  fields: (t) => ({
    transactionType: t.field({
      type: TransactionTypeEnum,
      nullable: true,
      description: 'The transaction type summed; null when the sum spans the transaction types the query selected.',
      resolve: (total) => total.transactionType,
    }),
    currency: t.field({
      type: CurrencyEnum,
      description: 'ISO 4217 currency of the sum.',
      resolve: (total) => total.currency as Currency,
    }),
    amount: t.field({
      type: 'Decimal',
      description: 'The exact sum, as a decimal string with the currency’s decimal places, e.g. `"1500000.00"`.',
      resolve: (total) => moneyText(total.amount, total.currency),
    }),
    transactions: t.int({
      description: 'How many transactions make up the sum.',
      resolve: (total) => total.transactions,
    }),
  }),
});
