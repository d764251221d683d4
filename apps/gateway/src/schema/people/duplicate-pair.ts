import { keepDuplicatePairApart, mergeDuplicatePair, type Prisma } from '@crc/db';
import {
  DUPLICATE_MATCH_REASONS,
  DUPLICATE_REVIEW_STATUSES,
  type DuplicateMatchReason,
  type DuplicateReviewStatus,
} from '@crc/domain';
import { builder } from '../../builder';
import { commandActor, maySeePersonalDataAt, type Viewer } from '../../auth/viewer';
import { ForbiddenError } from '../../errors/forbidden-error';
import { commandValue } from '../common/command-value';
import { COMMON_MUTATION_ERRORS } from '../common/errors';
import '../common/forbidden-error-type';
import { idFromInput, uuidOrNil } from '../common/ids';
import { describedTotalCount } from '../common/total-count';
import { vocabularyEnumValues } from '../common/vocabulary-enum';
import { visibleBeneficiaries } from './people-access';

const DuplicateReviewStatusEnum = builder.enumType('DuplicateReviewStatus', {
  description: 'Where a probable duplicate pair stands; MERGED and KEPT_APART are final. Label: `statusLabel`.',
  values: vocabularyEnumValues(DUPLICATE_REVIEW_STATUSES),
});

export const DuplicateMatchReasonEnum = builder.enumType('DuplicateMatchReason', {
  description: 'Why two records look like the same person.',
  values: vocabularyEnumValues(DUPLICATE_MATCH_REASONS),
});

/** Pairs the viewer may see: both people visible to them (ADMIN: all; staff: both at their centres). */
function visiblePairs(viewer: Viewer): Prisma.DuplicatePairWhereInput {
  const people = visibleBeneficiaries(viewer);
  return { beneficiaryA: people, beneficiaryB: people };
}

const DuplicatePairRef = builder.prismaNode('DuplicatePair', {
  description:
    'Two records that may be the same person, waiting in the review queue (or decided). Visible to ADMIN and to CENTRE_STAFF who may see both people; for anyone else it does not exist.',
  id: { field: 'id' },
  findUnique: (id, context) => ({ id: uuidOrNil(id, 'DuplicatePair'), AND: [visiblePairs(context.viewer)] }),
  nullable: true,
  include: {
    beneficiaryA: { select: { registrationCentreId: true } },
    beneficiaryB: { select: { registrationCentreId: true } },
  },
  runScopesOnType: true,
  authScopes: (pair, context) =>
    maySeePersonalDataAt(context.viewer, pair.beneficiaryA.registrationCentreId) &&
    maySeePersonalDataAt(context.viewer, pair.beneficiaryB.registrationCentreId),
  fields: (t) => ({
    personA: t.relation('beneficiaryA', { description: 'One of the two records.' }),
    personB: t.relation('beneficiaryB', { description: 'The other record.' }),
    score: t.exposeFloat('score', {
      description: 'How alike the two records are, 0 to 1, as the duplicate search scored them.',
    }),
    reasons: t.field({
      type: [DuplicateMatchReasonEnum],
      description: 'Why they look alike.',
      resolve: (pair) => pair.reasons as DuplicateMatchReason[],
    }),
    reasonLabels: t.stringList({
      description: '`reasons` in the request’s language.',
      resolve: (pair, _args, context) =>
        pair.reasons.map((reason) => context.i18n.vocabularyLabel('duplicateMatchReasons', reason)),
    }),
    source: t.exposeString('source', { description: 'Who found the pair, e.g. `import:<batch id>`.' }),
    status: t.field({
      type: DuplicateReviewStatusEnum,
      description: 'Where the pair stands.',
      resolve: (pair) => pair.status as DuplicateReviewStatus,
    }),
    statusLabel: t.string({
      description: '`status` in the request’s language.',
      resolve: (pair, _args, context) => context.i18n.vocabularyLabel('duplicateReviewStatuses', pair.status),
    }),
    keptPerson: t.relation('keptBeneficiary', {
      nullable: true,
      description: 'MERGED: the record kept (the other was merged into it).',
    }),
    decidedBy: t.exposeString('decidedBy', {
      nullable: true,
      description: 'Who decided, as the audit log names them.',
    }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true, description: 'When it was decided.' }),
    decisionReason: t.exposeString('decisionReason', { nullable: true, description: 'Why, as the reviewer wrote it.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the pair was queued.' }),
  }),
});

const DuplicatePairFilterInput = builder.inputType('DuplicatePairFilter', {
  description: 'Narrows `duplicatePairs`; all given conditions must hold.',
  fields: (t) => ({
    status: t.field({
      type: DuplicateReviewStatusEnum,
      required: false,
      description: 'Only pairs in this status (PENDING: the queue).',
    }),
    centreId: t.id({
      required: false,
      description: 'Pairs with at least one person registered at this centre (global id or UUID).',
    }),
    beneficiaryId: t.id({ required: false, description: 'Pairs of this person (global id or UUID).' }),
  }),
});

function pairWhere(
  viewer: Viewer,
  filter: typeof DuplicatePairFilterInput.$inferInput | null | undefined,
): Prisma.DuplicatePairWhereInput {
  const conditions: Prisma.DuplicatePairWhereInput[] = [visiblePairs(viewer)];
  if (filter?.status) conditions.push({ status: filter.status });
  if (filter?.centreId) {
    const centre = uuidOrNil(String(filter.centreId), 'Centre');
    conditions.push({
      OR: [{ beneficiaryA: { registrationCentreId: centre } }, { beneficiaryB: { registrationCentreId: centre } }],
    });
  }
  if (filter?.beneficiaryId) {
    const person = uuidOrNil(String(filter.beneficiaryId), 'Beneficiary');
    conditions.push({ OR: [{ beneficiaryAId: person }, { beneficiaryBId: person }] });
  }
  return { AND: conditions };
}

builder.queryField('duplicatePairs', (t) =>
  t.prismaConnection(
    {
      type: DuplicatePairRef,
      cursor: 'id',
      nullable: true,
      description:
        'The duplicate review queue: probable duplicate pairs, most alike first. CENTRE_STAFF see the pairs whose two people are registered at their centres; ADMIN all. PUBLIC and PARTNER are refused: null with a FORBIDDEN error.',
      authScopes: { centreStaff: true },
      args: {
        filter: t.arg({
          type: DuplicatePairFilterInput,
          required: false,
          description: 'Conditions the pairs must meet.',
        }),
      },
      resolve: (query, _root, args, context) =>
        context.prisma.duplicatePair.findMany({
          ...query,
          where: pairWhere(context.viewer, args.filter),
          orderBy: [{ score: 'desc' }, { id: 'asc' }],
        }),
      totalCount: (_root, args, context) =>
        context.prisma.duplicatePair.count({ where: pairWhere(context.viewer, args.filter) }),
    },
    {
      name: 'DuplicatePairConnection',
      description: 'A page of the duplicate review queue.',
      fields: describedTotalCount('Number of items in the whole connection (all pages), after filters.'),
    },
    { name: 'DuplicatePairEdge', description: 'A pair, with its cursor.' },
  ),
);

const decision = (name: string, done: string) => ({
  types: [...COMMON_MUTATION_ERRORS, ForbiddenError],
  union: { name: `${name}Result`, description: `The pair ${done}, or why nothing was written.` },
  result: { name: `${name}Success`, description: `The pair was ${done}.` },
  dataField: { name: 'pair', description: 'The decided pair.' },
});

builder.mutationFields((t) => ({
  mergeDuplicatePair: t.prismaField({
    type: DuplicatePairRef,
    description:
      'Merges a pending pair (CENTRE_STAFF who may see both people, or ADMIN): the person `keepId` stays, the other’s service deliveries, referrals, feedback and household membership move to them, and the other record is marked merged into the kept one. Audited.',
    authScopes: { centreStaff: true },
    errors: decision('MergeDuplicatePair', 'merged'),
    args: {
      pairId: t.arg.id({ required: true, description: 'The pair (global id or UUID).' }),
      keepId: t.arg.id({ required: true, description: 'Which of the two to keep (global id or UUID).' }),
      reason: t.arg.string({ required: true, description: 'Why they are the same person.' }),
    },
    resolve: async (query, _root, args, context) => {
      const result = await mergeDuplicatePair(context.prisma, commandActor(context.viewer), {
        pairId: idFromInput(args.pairId, 'DuplicatePair'),
        keepBeneficiaryId: idFromInput(args.keepId, 'Beneficiary'),
        reason: args.reason,
      });
      return context.prisma.duplicatePair.findUniqueOrThrow({
        ...query,
        where: { id: commandValue(result, context).pair.id },
      });
    },
  }),
  keepDuplicatePairApart: t.prismaField({
    type: DuplicatePairRef,
    description:
      'Decides that a pending pair are two different people, with the reason (CENTRE_STAFF who may see both people, or ADMIN). Audited.',
    authScopes: { centreStaff: true },
    errors: decision('KeepDuplicatePairApart', 'kept apart'),
    args: {
      pairId: t.arg.id({ required: true, description: 'The pair (global id or UUID).' }),
      reason: t.arg.string({ required: true, description: 'Why they are different people.' }),
    },
    resolve: async (query, _root, args, context) => {
      const result = await keepDuplicatePairApart(context.prisma, commandActor(context.viewer), {
        pairId: idFromInput(args.pairId, 'DuplicatePair'),
        reason: args.reason,
      });
      return context.prisma.duplicatePair.findUniqueOrThrow({
        ...query,
        where: { id: commandValue(result, context).id },
      });
    },
  }),
}));
