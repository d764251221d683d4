import type { Organisation } from '@crc/db';
import { builder } from '../../builder';
import { moneyText, type MoneyTotal } from '../programmes/money-total';
import { CurrencyEnum, TransactionTypeEnum } from '../common/vocabulary-enums';
import { OrganisationRef } from '../organisations/organisation';
import type { Currency } from '@crc/domain';
import { existingProgrammeId } from '../programmes/existing-programme-id';

interface DonorFunding extends Omit<MoneyTotal, 'transactionType'> {
  readonly donor: Organisation;
}

const DonorFundingRef = builder.objectRef<DonorFunding>('DonorFunding').implement({
  description: 'What one donor gave to a programme in one currency: an exact sum computed by the database.',
  fields: (t) => ({
    donor: t.field({ type: OrganisationRef, description: 'The donor organisation.', resolve: (row) => row.donor }),
    currency: t.field({
      type: CurrencyEnum,
      description: 'ISO 4217 currency of the sum.',
      resolve: (row) => row.currency as Currency,
    }),
    amount: t.field({
      type: 'Decimal',
      description: 'The exact sum as a decimal string with the currency’s decimal places.',
      resolve: (row) => moneyText(row.amount, row.currency),
    }),
    transactions: t.int({ description: 'How many transactions make up the sum.', resolve: (row) => row.transactions }),
  }),
});

builder.queryField('fundingByDonor', (t) =>
  t.field({
    type: [DonorFundingRef],
    nullable: true,
    description:
      'Funding of a programme (including its projects’ funding) summed per donor and currency, largest first within each currency. Sums are exact decimals computed in SQL; currencies are never mixed. Null when no programme has the id. Public.',
    args: {
      programmeId: t.arg.id({ required: true, description: 'The programme’s global id (or its UUID).' }),
      transactionTypes: t.arg({
        type: [TransactionTypeEnum],
        required: false,
        description:
          'Only these transaction types, e.g. `[INCOMING_FUNDS]`. Default: all types, added together; pass one type to avoid adding commitments to disbursements.',
      }),
    },
    resolve: async (_root, args, context) => {
      const programmeId = await existingProgrammeId(context, args.programmeId);
      if (programmeId === null) return null;
      const groups = await context.prisma.funding.groupBy({
        by: ['donorOrganisationId', 'currency'],
        where: {
          programmeId,
          ...(args.transactionTypes?.length ? { transactionType: { in: args.transactionTypes } } : {}),
        },
        _sum: { amount: true },
        _count: { _all: true },
        orderBy: [{ currency: 'asc' }, { _sum: { amount: 'desc' } }, { donorOrganisationId: 'asc' }],
      });
      const donors = await context.prisma.organisation.findMany({
        where: { id: { in: [...new Set(groups.map((group) => group.donorOrganisationId))] } },
      });
      const donorById = new Map(donors.map((donor) => [donor.id, donor]));
      return groups.map((group) => ({
        donor: donorById.get(group.donorOrganisationId)!,
        currency: group.currency,
        amount: group._sum.amount ?? '0',
        transactions: group._count._all,
      }));
    },
  }),
);
