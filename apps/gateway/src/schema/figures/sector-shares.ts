import { FigureInputError, sharesBySector, type BeneficiarySharesBySector, type FundingSharesBySector } from '@crc/db';
import {
  lastCompletedMonthEnd,
  ShareDecimalsSchema,
  type Currency,
  type IatiTransactionType,
  type Sector,
} from '@crc/domain';
import { NOT_RECORDED, publishCount, shares } from '@crc/metrics';
import { builder } from '../../builder';
import { CurrencyEnum, dacCodeOf, SectorEnum, TransactionTypeEnum } from '../common/vocabulary-enums';
import { figureDisclosureFor } from './figure-disclosure';
import { figureRefusal } from './figure-refusal';
import {
  disclosureControlOf,
  DisclosureControlRef,
  FigureValueRef,
  SuppressionReasonEnum,
  type DisclosureControl,
  type FigureValue,
  type SuppressionReasonCode,
} from './figure-table';
import { figureValueOf } from './publish-table';
import { categoryLabel } from '@crc/reports';
import { existingProgrammeId } from '../programmes/existing-programme-id';

interface SectorShareRow {
  /** A sector code, or not_recorded. */
  readonly sector: string;
  readonly label: string;
  readonly amount: string | null;
  readonly people: number | null;
  readonly share: number | null;
  readonly reason: SuppressionReasonCode | null;
}

interface SectorSharesResult {
  readonly measure: 'funding' | 'beneficiaries';
  readonly decimals: number;
  readonly currency: string | null;
  readonly transactionTypes: readonly string[] | null;
  readonly totalAmount: string | null;
  readonly totalPeople: FigureValue | null;
  readonly rows: readonly SectorShareRow[];
  readonly disclosure: DisclosureControl;
}

const ShareMeasureEnum = builder.enumType('ShareMeasure', {
  description: 'What sector shares are shares of.',
  values: {
    FUNDING: { value: 'funding', description: 'Funding amounts (exact decimal sums, one currency).' },
    BENEFICIARIES: { value: 'beneficiaries', description: 'Distinct people reached by services in each sector.' },
  } as const,
});

const SectorShareRef = builder.objectRef<SectorShareRow>('SectorShare').implement({
  description:
    'One sector’s figure and its percentage. The percentages of all sectors add up to exactly 100 (largest remainder).',
  fields: (t) => ({
    sector: t.field({
      type: SectorEnum,
      nullable: true,
      description:
        'The sector; null for what is attached to no project, hence to no sector (`sectorLabel` says “Not recorded”).',
      resolve: (row) => (row.sector === NOT_RECORDED ? null : (row.sector as Sector)),
    }),
    sectorLabel: t.exposeString('label', { description: 'The sector’s name in the request’s language.' }),
    dacCode: t.int({
      nullable: true,
      description: 'OECD DAC 5-digit purpose code of the sector; null without a sector.',
      resolve: (row) => dacCodeOf(row.sector),
    }),
    amount: t.field({
      type: 'Decimal',
      nullable: true,
      description: 'FUNDING: the exact sum in `SectorShares.currency`; null for BENEFICIARIES.',
      resolve: (row) => row.amount,
    }),
    people: t.int({
      nullable: true,
      description: 'BENEFICIARIES: distinct people reached in the sector; null for FUNDING, or when suppressed.',
      resolve: (row) => row.people,
    }),
    share: t.float({
      nullable: true,
      description: 'Percentage with `decimals` digits (read it with `toFixed(decimals)`); null when suppressed.',
      resolve: (row) => row.share,
    }),
    suppressed: t.boolean({
      description: 'True when the figure and its share are hidden from this viewer.',
      resolve: (row) => row.reason !== null,
    }),
    reason: t.field({
      type: SuppressionReasonEnum,
      nullable: true,
      description: 'Why it is hidden; null when shown.',
      resolve: (row) => row.reason,
    }),
  }),
});

const SectorSharesRef = builder.objectRef<SectorSharesResult>('SectorShares').implement({
  description:
    'Each sector’s share of funding or of people reached, in vocabulary order; what has no sector comes last.',
  fields: (t) => ({
    measure: t.field({
      type: ShareMeasureEnum,
      description: 'What the shares are shares of.',
      resolve: (result) => result.measure,
    }),
    decimals: t.exposeInt('decimals', { description: 'Digits after the decimal point of every share.' }),
    currency: t.field({
      type: CurrencyEnum,
      nullable: true,
      description: 'FUNDING: the currency of every amount; null for BENEFICIARIES or when nothing was counted.',
      resolve: (result) => result.currency as Currency | null,
    }),
    transactionTypes: t.field({
      type: [TransactionTypeEnum],
      nullable: true,
      description: 'FUNDING: the transaction types summed; null for BENEFICIARIES.',
      resolve: (result) => result.transactionTypes as IatiTransactionType[] | null,
    }),
    totalAmount: t.field({
      type: 'Decimal',
      nullable: true,
      description: 'FUNDING: the exact sum of all sectors; null for BENEFICIARIES.',
      resolve: (result) => result.totalAmount,
    }),
    totalPeople: t.field({
      type: FigureValueRef,
      nullable: true,
      description:
        'BENEFICIARIES: distinct people reached in any sector, less than the sum of the sectors when people were reached in several (the shares are of that sum); null for FUNDING.',
      resolve: (result) => result.totalPeople,
    }),
    shares: t.field({
      type: [SectorShareRef],
      description: 'One entry per sector with something counted.',
      resolve: (result) => result.rows,
    }),
    disclosure: t.field({
      type: DisclosureControlRef,
      description:
        'BENEFICIARIES: the rules the people counts follow for this viewer (exact for ADMIN; perturbed otherwise, with shares computed from the published counts). FUNDING: always exact.',
      resolve: (result) => result.disclosure,
    }),
  }),
});

builder.queryField('sectorShares', (t) =>
  t.field({
    type: SectorSharesRef,
    nullable: true,
    description:
      'Each sector’s share of funding or of people reached, overall or for one programme, summed in the database; the shares add up to exactly 100. A transaction’s or a delivery’s sector is its project’s. Null when no programme has the id. Public. People counts are exact for ADMIN only; every other viewer gets them perturbed by the cell-key method (see `disclosure`), counted up to the end of the last completed month, and the shares are shares of the published counts.',
    args: {
      programmeId: t.arg.id({
        required: false,
        description: 'Only this programme (global id or UUID): its funding and its projects’.',
      }),
      measure: t.arg({
        type: ShareMeasureEnum,
        required: true,
        description: 'Shares of funding or of people reached.',
      }),
      decimals: t.arg.int({
        required: false,
        description: 'Digits of the percentages, 0 to 6; default 1.',
        validate: ShareDecimalsSchema,
      }),
      currency: t.arg({
        type: CurrencyEnum,
        required: false,
        description:
          'FUNDING: only amounts in this currency; required when the funding is in several (currencies never add).',
      }),
      transactionTypes: t.arg({
        type: [TransactionTypeEnum],
        required: false,
        description:
          'FUNDING: the transaction types summed; default the commitments (INCOMING_COMMITMENT, OUTGOING_COMMITMENT), since disbursements and expenditures spend committed money again.',
      }),
    },
    resolve: async (_root, args, context): Promise<SectorSharesResult | null> => {
      const decimals = args.decimals ?? 1;
      let programmeId: string | undefined;
      if (args.programmeId != null) {
        const id = await existingProgrammeId(context, args.programmeId);
        if (id === null) return null;
        programmeId = id;
      }
      const common = { ...(programmeId ? { programmeId } : {}), decimals };
      // Sector shares have no age dimension, hence no brackets.
      const labelOf = (sector: string) => categoryLabel(context.i18n, 'sector', sector, []);

      if (args.measure === 'funding') {
        let result: FundingSharesBySector;
        try {
          result = await sharesBySector(context.prisma, {
            ...common,
            measure: 'funding',
            ...(args.currency ? { currency: args.currency } : {}),
            ...(args.transactionTypes?.length ? { transactionTypes: args.transactionTypes } : {}),
          });
        } catch (error) {
          if (error instanceof FigureInputError) throw figureRefusal(error, context);
          throw error;
        }
        return {
          measure: 'funding',
          decimals,
          currency: result.currency,
          transactionTypes: result.transactionTypes,
          totalAmount: result.total,
          totalPeople: null,
          rows: result.rows.map((row) => ({
            sector: row.sector,
            label: labelOf(row.sector),
            amount: row.value,
            people: null,
            share: row.share,
            reason: null,
          })),
          disclosure: disclosureControlOf({ exact: true }),
        };
      }

      const disclosure = figureDisclosureFor(context.viewer, {}, context.config);
      // Protected viewers: deliveries up to the end of the last completed month, so the figure does not move day by day.
      const upTo = disclosure.exact ? {} : { to: lastCompletedMonthEnd() };
      const result: BeneficiarySharesBySector = await sharesBySector(context.prisma, {
        ...common,
        ...upTo,
        measure: 'beneficiaries',
      });
      // Every sector's people, and the total, as published: exact, or perturbed from each one's cell key.
      const publishedOf = (count: number, cellKey: number): FigureValue =>
        disclosure.exact
          ? { value: count, suppressed: false, reason: null }
          : figureValueOf(publishCount(count, cellKey, { ptable: disclosure.ptable }));
      const published = result.rows.map((row) => publishedOf(row.value, row.cellKey));
      // Shares of the published counts (never of the true ones), adding up to exactly 100.
      const percentages = disclosure.exact
        ? result.rows.map((row) => row.share)
        : shares(
            published.map((figure) => figure.value ?? 0),
            { decimals },
          );
      return {
        measure: 'beneficiaries',
        decimals,
        currency: null,
        transactionTypes: null,
        totalAmount: null,
        totalPeople: publishedOf(result.total, result.totalCellKey),
        rows: result.rows.map((row, i) => {
          const figure = published[i]!;
          return {
            sector: row.sector,
            label: labelOf(row.sector),
            amount: null,
            people: figure.value,
            share: figure.suppressed ? null : percentages[i]!,
            reason: figure.reason,
          };
        }),
        disclosure: disclosureControlOf(disclosure),
      };
    },
  }),
);
