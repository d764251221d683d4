import {
  isFeedbackFocalPoint,
  overdueFeedbackWhere,
  recordFeedback,
  transitionFeedback,
  visibleFeedbackWhere,
  type Prisma,
} from '@crc/db';
import {
  feedbackActionsFrom,
  isFeedbackOverdue,
  todayInIraq,
  type FeedbackSatisfaction,
  type FeedbackSensitivity,
  type FeedbackStatus,
  type Language,
} from '@crc/domain';
import { builder } from '../../builder';
import { vocabularyField } from '../common/vocabulary-field';
import { commandActor, type Viewer } from '../../auth/viewer';
import { ForbiddenError } from '../../errors/forbidden-error';
import { isoDateOf } from '../common/calendar-date';
import { commandValue } from '../common/command-value';
import { COMMON_MUTATION_ERRORS } from '../common/errors';
import '../common/forbidden-error-type';
import { idFromInput, optionalIdFromInput, uuidOrNil } from '../common/ids';
import { describedTotalCount } from '../common/total-count';
import {
  FeedbackActionEnum,
  FeedbackCategoryEnum,
  FeedbackChannelEnum,
  FeedbackSatisfactionEnum,
  FeedbackSensitivityEnum,
  FeedbackStatusEnum,
  LanguageEnum,
} from './feedback-enums';
import { IllegalFeedbackTransitionError, illegalFeedbackTransitionError } from './illegal-feedback-transition-error';

const ACCESS =
  'Sensitive and PSEA entries are visible only to keys with the feedback_focal_point capability bound to the entry’s centre or organisation; to every other key they do not exist (not listed, not counted, `node` answers null). Other entries: ADMIN and the staff of the entry’s centre.';

const FeedbackStatusChangeRef = builder.prismaObject('FeedbackStatusChange', {
  description: 'One step in the history of a feedback entry.',
  fields: (t) => ({
    ...vocabularyField(t, 'action', {
      type: FeedbackActionEnum,
      vocabulary: 'feedbackActions',
      description: 'What was done.',
    }),
    fromStatus: t.field({
      type: FeedbackStatusEnum,
      nullable: true,
      description: 'Status before; null when the entry was recorded.',
      resolve: (change) => change.fromStatus as FeedbackStatus | null,
    }),
    ...vocabularyField(t, 'toStatus', {
      type: FeedbackStatusEnum,
      vocabulary: 'feedbackStatuses',
      description: 'Status after.',
    }),
    changedOn: t.field({ type: 'Date', description: 'The day it was done.', resolve: (change) => change.changedOn }),
    changedAt: t.expose('changedAt', { type: 'DateTime', description: 'When it was recorded.' }),
    changedBy: t.exposeString('changedBy', { description: 'Who recorded it (`api-key:<id>`, `cli:<user>`).' }),
    note: t.exposeString('note', { nullable: true, description: 'A note, or the reason for reopening.' }),
    toOrganisation: t.relation('toOrganisation', {
      nullable: true,
      description: 'Referred to this partner organisation.',
    }),
    toPerson: t.exposeString('toPerson', { nullable: true, description: 'Referred to this person or position.' }),
    response: t.exposeString('response', {
      nullable: true,
      description: 'What the person was answered (personal data).',
    }),
    satisfaction: t.field({
      type: FeedbackSatisfactionEnum,
      nullable: true,
      description: 'The person’s satisfaction, on closing.',
      resolve: (change) => change.satisfaction as FeedbackSatisfaction | null,
    }),
  }),
});

/** A feedback entry, found only through the visibility rule: an entry the viewer may not see is null, exactly like an unknown id. */
export const FeedbackEntryRef = builder.prismaNode('FeedbackEntry', {
  description: `A piece of feedback or a complaint, with its history. ${ACCESS}`,
  id: { field: 'id' },
  findUnique: (id, context) => ({ id: uuidOrNil(id, 'FeedbackEntry'), AND: [visibleFeedbackWhere(context.viewer)] }),
  nullable: true,
  fields: (t) => ({
    ...vocabularyField(t, 'channel', {
      type: FeedbackChannelEnum,
      vocabulary: 'feedbackChannels',
      description: 'How it reached the programme.',
    }),
    ...vocabularyField(t, 'category', {
      type: FeedbackCategoryEnum,
      vocabulary: 'feedbackCategories',
      description: 'What it is about.',
    }),
    sensitivity: t.field({
      type: FeedbackSensitivityEnum,
      description: 'Follows from the category.',
      resolve: (entry) => entry.sensitivity as FeedbackSensitivity,
    }),
    language: t.field({
      type: LanguageEnum,
      description: 'The language the person used.',
      resolve: (entry) => entry.language as Language,
    }),
    ...vocabularyField(t, 'status', {
      type: FeedbackStatusEnum,
      vocabulary: 'feedbackStatuses',
      description: 'Current status.',
    }),
    allowedActions: t.field({
      type: [FeedbackActionEnum],
      description: 'Actions `transitionFeedback` takes now.',
      resolve: (entry) => [...feedbackActionsFrom(entry.status as FeedbackStatus)],
    }),
    summary: t.exposeString('summary', { description: 'What the person said (personal data).' }),
    receivedOn: t.field({ type: 'Date', description: 'Day received.', resolve: (entry) => entry.receivedOn }),
    responseDueOn: t.field({
      type: 'Date',
      description: 'Last day of the response deadline of its category.',
      resolve: (entry) => entry.responseDueOn,
    }),
    overdue: t.boolean({
      description: 'Still waiting for a response after `responseDueOn` (today in Iraq).',
      resolve: (entry) =>
        isFeedbackOverdue(
          { status: entry.status as FeedbackStatus, responseDueOn: isoDateOf(entry.responseDueOn) },
          todayInIraq(),
        ),
    }),
    respondedOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'Day of the first response.',
      resolve: (entry) => entry.respondedOn,
    }),
    closedOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'Day closed (null while open or reopened).',
      resolve: (entry) => entry.closedOn,
    }),
    areaPcode: t.exposeString('areaPcode', { nullable: true, description: 'OCHA p-code of the area it concerns.' }),
    centre: t.relation('centre', { nullable: true, description: 'The centre it concerns.' }),
    project: t.relation('project', { nullable: true, description: 'The project it concerns.' }),
    programme: t.relation('programme', { nullable: true, description: 'The programme it concerns.' }),
    beneficiary: t.relation('beneficiary', {
      nullable: true,
      description: 'The registered person who gave it, when they asked for the link.',
    }),
    anonymous: t.exposeBoolean('anonymous', { description: 'The person did not give their name.' }),
    consentToReply: t.exposeBoolean('consentToReply', {
      description: 'The person agreed to be contacted with the answer.',
    }),
    contactName: t.exposeString('contactName', {
      nullable: true,
      description: 'Contact name (personal data; only with consent to a reply).',
    }),
    contactPhone: t.exposeString('contactPhone', {
      nullable: true,
      description: 'Contact phone (personal data; only with consent to a reply).',
    }),
    contactEmail: t.exposeString('contactEmail', {
      nullable: true,
      description: 'Contact e-mail (personal data; only with consent to a reply).',
    }),
    referredToOrganisation: t.relation('referredToOrganisation', {
      nullable: true,
      description: 'The partner organisation it is referred to now.',
    }),
    referredToPerson: t.exposeString('referredToPerson', {
      nullable: true,
      description: 'The person or position it is referred to now.',
    }),
    satisfaction: t.field({
      type: FeedbackSatisfactionEnum,
      nullable: true,
      description: 'The person’s satisfaction when it was closed.',
      resolve: (entry) => entry.satisfaction as FeedbackSatisfaction | null,
    }),
    illustrative: t.exposeBoolean('illustrative', { description: 'Generated demo record, not a real complaint.' }),
    history: t.relation('statusChanges', {
      type: FeedbackStatusChangeRef,
      description: 'Every step, oldest first, starting with its recording.',
      query: { orderBy: [{ changedAt: 'asc' }, { id: 'asc' }] },
    }),
  }),
});

const FeedbackFilterInput = builder.inputType('FeedbackFilter', {
  description: 'Narrows `feedbackEntries`; all given conditions must hold.',
  fields: (t) => ({
    status: t.field({ type: FeedbackStatusEnum, required: false, description: 'Only entries in this status.' }),
    category: t.field({ type: FeedbackCategoryEnum, required: false, description: 'Only entries of this category.' }),
    centreId: t.id({ required: false, description: 'The centre (global id or UUID).' }),
    overdue: t.boolean({
      required: false,
      description: 'true: only entries waiting for a response after their deadline.',
    }),
  }),
});

function feedbackWhere(
  viewer: Viewer,
  filter: typeof FeedbackFilterInput.$inferInput | null | undefined,
): Prisma.FeedbackEntryWhereInput {
  const conditions: Prisma.FeedbackEntryWhereInput[] = [visibleFeedbackWhere(viewer)];
  if (filter?.status) conditions.push({ status: filter.status });
  if (filter?.category) conditions.push({ category: filter.category });
  if (filter?.centreId) conditions.push({ centreId: uuidOrNil(String(filter.centreId), 'Centre') });
  if (filter?.overdue === true) conditions.push(overdueFeedbackWhere(todayInIraq()));
  return { AND: conditions };
}

/** Who may list entries at all: ADMIN, centre staff, and focal points. PUBLIC and other PARTNER keys get figures only. */
function mayListFeedback(viewer: Viewer): boolean {
  return viewer.role === 'ADMIN' || viewer.role === 'CENTRE_STAFF' || isFeedbackFocalPoint(viewer);
}

builder.queryFields((t) => ({
  feedbackEntries: t.prismaConnection(
    {
      type: FeedbackEntryRef,
      cursor: 'id',
      nullable: true,
      description: `Feedback and complaints, latest first; \`filter: { overdue: true }\` lists what is late for those responsible. ${ACCESS} PUBLIC and PARTNER keys without the capability are refused (FORBIDDEN): they get \`feedbackFigures\` only.`,
      authScopes: (_root, _args, context) => mayListFeedback(context.viewer),
      args: {
        filter: t.arg({ type: FeedbackFilterInput, required: false, description: 'Conditions the entries must meet.' }),
      },
      resolve: (query, _root, args, context) =>
        context.prisma.feedbackEntry.findMany({
          ...query,
          where: feedbackWhere(context.viewer, args.filter),
          orderBy: [{ receivedOn: 'desc' }, { id: 'asc' }],
        }),
      totalCount: (_root, args, context) =>
        context.prisma.feedbackEntry.count({ where: feedbackWhere(context.viewer, args.filter) }),
    },
    {
      name: 'FeedbackEntryConnection',
      description: 'A page of feedback entries.',
      fields: describedTotalCount('Number of entries the caller may see (all pages), after filters.'),
    },
    { name: 'FeedbackEntryEdge', description: 'A feedback entry, with its cursor.' },
  ),
}));

const FeedbackContactInput = builder.inputType('FeedbackContactInput', {
  description: 'How to reach the person with the answer; only with `consentToReply`.',
  fields: (t) => ({
    name: t.string({ required: false, description: 'Name.' }),
    phone: t.string({ required: false, description: 'Phone number.' }),
    email: t.string({ required: false, description: 'E-mail address.' }),
  }),
});

const RecordFeedbackInput = builder.inputType('RecordFeedbackInput', {
  description:
    'New feedback or a complaint. Validated with @crc/domain `FeedbackEntryCreateSchema`; sensitivity and deadline follow from the category.',
  fields: (t) => ({
    channel: t.field({ type: FeedbackChannelEnum, required: true, description: 'How it reached the programme.' }),
    category: t.field({ type: FeedbackCategoryEnum, required: true, description: 'What it is about.' }),
    language: t.field({ type: LanguageEnum, required: true, description: 'The language the person used.' }),
    receivedOn: t.field({ type: 'Date', required: true, description: 'Day received; not in the future.' }),
    summary: t.string({ required: true, description: 'What the person said.' }),
    centreId: t.id({
      required: false,
      description: 'The centre it concerns (global id or UUID); staff keys record for their centres.',
    }),
    projectId: t.id({ required: false, description: 'The project it concerns.' }),
    programmeId: t.id({ required: false, description: 'The programme it concerns.' }),
    areaPcode: t.string({ required: false, description: 'OCHA p-code of the area it concerns.' }),
    beneficiaryId: t.id({ required: false, description: 'A registered person, when they want it linked.' }),
    anonymous: t.boolean({ required: false, description: 'The person did not give their name (default false).' }),
    consentToReply: t.boolean({
      required: false,
      description: 'The person agreed to be contacted with the answer (default false).',
    }),
    contact: t.field({
      type: FeedbackContactInput,
      required: false,
      description: 'Contact details; only with consentToReply.',
    }),
  }),
});

builder.mutationField('recordFeedback', (t) =>
  t.prismaField({
    type: FeedbackEntryRef,
    description:
      'Records feedback or a complaint as RECEIVED (ADMIN, or CENTRE_STAFF of its centre), through the @crc/db `recordFeedback` command: history and audit in one transaction, no personal values in the audit.',
    authScopes: { centreStaff: true },
    errors: {
      types: [...COMMON_MUTATION_ERRORS, ForbiddenError],
      union: { name: 'RecordFeedbackResult', description: 'The recorded entry, or why nothing was written.' },
      result: { name: 'RecordFeedbackSuccess', description: 'The entry was recorded.' },
      dataField: { name: 'feedbackEntry', description: 'The new entry.' },
    },
    args: { input: t.arg({ type: RecordFeedbackInput, required: true, description: 'The feedback to record.' }) },
    resolve: async (query, _root, args, context) => {
      const input = args.input;
      const result = await recordFeedback(context.prisma, commandActor(context.viewer), {
        ...input,
        centreId: optionalIdFromInput(input.centreId, 'Centre'),
        projectId: optionalIdFromInput(input.projectId, 'Project'),
        programmeId: optionalIdFromInput(input.programmeId, 'Programme'),
        beneficiaryId: optionalIdFromInput(input.beneficiaryId, 'Beneficiary'),
      });
      const { id } = commandValue(result, context);
      return context.prisma.feedbackEntry.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
);

builder.mutationField('transitionFeedback', (t) =>
  t.prismaField({
    type: FeedbackEntryRef,
    description: `Acknowledges, refers (to a partner organisation or a person), responds to, closes (with the person’s satisfaction) or reopens a feedback entry, through the @crc/db \`transitionFeedback\` command. An entry the key may not see is NotFoundError, like an unknown id. ${ACCESS}`,
    authScopes: { public: true },
    errors: {
      types: [...COMMON_MUTATION_ERRORS, ForbiddenError, IllegalFeedbackTransitionError],
      union: {
        name: 'TransitionFeedbackResult',
        description: 'The entry after the action, or why nothing was written.',
      },
      result: { name: 'TransitionFeedbackSuccess', description: 'The action was recorded.' },
      dataField: { name: 'feedbackEntry', description: 'The entry after the action.' },
    },
    args: {
      id: t.arg.id({ required: true, description: 'The entry (global id or UUID).' }),
      action: t.arg({ type: FeedbackActionEnum, required: true, description: 'What to do (see `allowedActions`).' }),
      changedOn: t.arg({ type: 'Date', required: false, description: 'Day it was done (default today in Iraq).' }),
      note: t.arg.string({ required: false, description: 'A note kept in the history.' }),
      toOrganisationId: t.arg.id({ required: false, description: 'REFER: the partner organisation.' }),
      toPerson: t.arg.string({ required: false, description: 'REFER: the person or position.' }),
      response: t.arg.string({ required: false, description: 'RESPOND: what the person was answered.' }),
      satisfaction: t.arg({
        type: FeedbackSatisfactionEnum,
        required: false,
        description: 'CLOSE: the person’s satisfaction.',
      }),
      reason: t.arg.string({ required: false, description: 'REOPEN: why.' }),
    },
    resolve: async (query, _root, args, context) => {
      const { id, changedOn, toOrganisationId, ...change } = args;
      const result = await transitionFeedback(context.prisma, commandActor(context.viewer), {
        ...change,
        feedbackEntryId: idFromInput(String(id), 'FeedbackEntry'),
        changedOn: changedOn ?? todayInIraq(),
        toOrganisationId: optionalIdFromInput(toOrganisationId, 'Organisation'),
      });
      const entry = commandValue(result, context, illegalFeedbackTransitionError(context));
      return context.prisma.feedbackEntry.findUniqueOrThrow({ ...query, where: { id: entry.id } });
    },
  }),
);
