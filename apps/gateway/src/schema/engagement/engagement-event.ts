import { getArea, KnownAreaPcodeSchema, type EngagementType, ENGAGEMENT_TYPES } from '@crc/domain';
import { recordEngagementEvent, type Prisma } from '@crc/db';
import { commandActor } from '../../auth/viewer';
import { builder } from '../../builder';
import { vocabularyField } from '../common/vocabulary-field';
import type { GatewayContext } from '../../context';
import { AdminAreaRef } from '../geography/admin-area';
import { vocabularyEnumValues } from '../common/vocabulary-enum';
import { uuidFromArgument, optionalIdFromInput } from '../common/ids';
import { filterArea } from '../common/filter-area';
import { describedTotalCount } from '../common/total-count';
import { COMMON_MUTATION_ERRORS } from '../common/errors';
import { commandValue } from '../common/command-value';
import { dateColumn } from '../common/calendar-date';

interface ParticipantsBySex {
  readonly female: number;
  readonly male: number;
}

const ParticipantsRef = builder.objectRef<ParticipantsBySex>('Participants').implement({
  description: 'People who took part, by sex, as CRP reports count them (“28 women and 45 men”).',
  fields: (t) => ({
    female: t.exposeInt('female', { description: 'Women and girls who took part.' }),
    male: t.exposeInt('male', { description: 'Men and boys who took part.' }),
    total: t.int({
      description: 'Everyone who took part: female + male.',
      resolve: (participants) => participants.female + participants.male,
    }),
  }),
});

/** Events carry counts only, never names: public. */
const EngagementEventRef = builder.prismaNode('EngagementEvent', {
  description:
    'A community engagement or assessment event (town hall, survey, focus group, ...) of a centre or project, with participant counts. Public: it holds no personal data.',
  id: { field: 'id' },
  fields: (t) => ({
    title: t.exposeString('title', {
      description: 'What the event was; the English label of its type when none was given.',
    }),
    ...vocabularyField(t, 'type', {
      type: EngagementTypeEnum,
      vocabulary: 'engagementTypes',
      description: 'Kind of engagement.',
    }),
    heldOn: t.expose('heldOn', { type: 'Date', description: 'Day the event was held.' }),
    centre: t.relation('centre', {
      nullable: true,
      description: 'The centre that held the event; null for a project event outside a centre.',
    }),
    project: t.relation('project', { nullable: true, description: 'The project the event belongs to, if any.' }),
    area: t.field({
      type: AdminAreaRef,
      description: 'Where the event was held.',
      resolve: (event) => {
        const area = getArea(event.areaPcode);
        if (area === undefined)
          throw new Error(`engagement event ${event.id} has an unknown p-code ${event.areaPcode}`);
        return area;
      },
    }),
    participants: t.field({
      type: ParticipantsRef,
      description: 'How many people took part, by sex.',
      resolve: (event) => ({ female: event.participantsFemale, male: event.participantsMale }),
    }),
    notes: t.exposeString('notes', { nullable: true, description: 'Free-text notes.' }),
  }),
});

export const EngagementTypeEnum = builder.enumType('EngagementType', {
  description: 'Kind of community engagement or assessment activity (CRP VI “Accountability to Communities”).',
  values: vocabularyEnumValues(ENGAGEMENT_TYPES, (type) => `${type.label}.`),
});

export const EngagementEventFilterInput = builder.inputType('EngagementEventFilter', {
  description: 'Narrows a list of engagement events; every condition given must hold.',
  fields: (t) => ({
    centreId: t.id({ required: false, description: 'Only events of this centre (global id or UUID).' }),
    projectId: t.id({ required: false, description: 'Only events of this project (global id or UUID).' }),
    programmeId: t.id({
      required: false,
      description: 'Only events of projects of this programme (global id or UUID).',
    }),
    type: t.field({ type: EngagementTypeEnum, required: false, description: 'Only events of this kind.' }),
    areaPcode: t.string({
      required: false,
      description: 'Only events in this area or inside it (a governorate includes its districts and sub-districts).',
      validate: KnownAreaPcodeSchema,
    }),
    heldFrom: t.field({ type: 'Date', required: false, description: 'Only events held on or after this day.' }),
    heldTo: t.field({ type: 'Date', required: false, description: 'Only events held on or before this day.' }),
  }),
});

export interface EngagementEventFilter {
  readonly centreId?: string | number | null;
  readonly projectId?: string | number | null;
  readonly programmeId?: string | number | null;
  readonly type?: EngagementType | null;
  readonly areaPcode?: string | null;
  readonly heldFrom?: string | null;
  readonly heldTo?: string | null;
}

/** The Prisma `where` for a filter, or null when an id names nothing (no event can match). Unknown p-codes are errors. */
export function engagementEventWhere(
  filter: EngagementEventFilter | null | undefined,
  context: GatewayContext,
): Prisma.EngagementEventWhereInput | null {
  if (!filter) return {};
  const where: Prisma.EngagementEventWhereInput[] = [];
  const ids = [
    ['centreId', 'Centre'],
    ['projectId', 'Project'],
  ] as const;
  for (const [field, typename] of ids) {
    const value = filter[field];
    if (value == null) continue;
    const id = uuidFromArgument(String(value), typename);
    if (id === null) return null;
    where.push({ [field]: id });
  }
  if (filter.programmeId != null) {
    const programmeId = uuidFromArgument(String(filter.programmeId), 'Programme');
    if (programmeId === null) return null;
    where.push({ project: { programmeId } });
  }
  if (filter.type != null) where.push({ type: filter.type });
  if (filter.areaPcode != null) {
    const area = filterArea(filter.areaPcode, context);
    where.push({ areaPcode: { startsWith: area.pcode } });
  }
  if (filter.heldFrom != null) where.push({ heldOn: { gte: dateColumn(filter.heldFrom) } });
  if (filter.heldTo != null) where.push({ heldOn: { lte: dateColumn(filter.heldTo) } });
  return { AND: where };
}

builder.queryField('engagementEvents', (t) =>
  t.prismaConnection(
    {
      type: EngagementEventRef,
      description:
        'Community engagement events, most recent first, optionally filtered by centre, project, programme, kind, area and dates. Public.',
      cursor: 'id',
      args: {
        filter: t.arg({
          type: EngagementEventFilterInput,
          required: false,
          description: 'Conditions the events must meet.',
        }),
      },
      totalCount: async (_parent, args, context) => {
        const where = engagementEventWhere(args.filter, context);
        return where === null ? 0 : context.prisma.engagementEvent.count({ where });
      },
      resolve: async (query, _parent, args, context) => {
        const where = engagementEventWhere(args.filter, context);
        return where === null
          ? []
          : context.prisma.engagementEvent.findMany({ ...query, where, orderBy: [{ heldOn: 'desc' }, { id: 'asc' }] });
      },
    },
    {
      description: 'A page of engagement events.',
      fields: describedTotalCount('How many events match, across all pages.'),
    },
    { description: 'An engagement event in a page of events.' },
  ),
);

const ParticipantsInput = builder.inputType('ParticipantsInput', {
  description: 'People who took part, by sex (whole numbers, not negative).',
  fields: (t) => ({
    female: t.int({ required: true, description: 'Women and girls.' }),
    male: t.int({ required: true, description: 'Men and boys.' }),
  }),
});

export const EngagementEventCreateInput = builder.inputType('EngagementEventCreateInput', {
  description:
    'An engagement event to record. Validated with @crc/domain `EngagementEventCreateSchema`; problems come back as a ValidationError naming each field.',
  fields: (t) => ({
    centreId: t.id({
      required: false,
      description: 'The centre that held it (global id or UUID). Give a centre, a project or both.',
    }),
    projectId: t.id({ required: false, description: 'The project it belongs to (global id or UUID).' }),
    engagementType: t.field({ type: EngagementTypeEnum, required: true, description: 'Kind of engagement.' }),
    heldOn: t.field({ type: 'Date', required: true, description: 'Day it was held; not in the future.' }),
    areaPcode: t.string({
      required: false,
      description: 'Where it was held; defaults to the centre’s area, else the project’s.',
    }),
    title: t.string({
      required: false,
      description: 'What it was (1 to 300 characters); defaults to the English label of its kind.',
    }),
    participants: t.field({
      type: ParticipantsInput,
      required: true,
      description: 'How many people took part, by sex.',
    }),
    notes: t.string({
      required: false,
      description: 'Free-text notes (at most 2000 characters); no names of participants.',
    }),
  }),
});

builder.mutationField('recordEngagementEvent', (t) =>
  t.prismaField({
    type: EngagementEventRef,
    description:
      'Records a community engagement event. CENTRE_STAFF keys record events of the centres they are bound to (a `centreId` is then required; another centre is FORBIDDEN); ADMIN records any. Validates the input (ValidationError naming each field), checks that the centre and project exist (NotFoundError), then writes the event and one audit-log row in one transaction.',
    authScopes: { centreStaff: true },
    errors: {
      types: [...COMMON_MUTATION_ERRORS],
      union: { name: 'RecordEngagementEventResult', description: 'The recorded event, or why nothing was written.' },
      result: { name: 'RecordEngagementEventSuccess', description: 'The event was recorded.' },
      dataField: { name: 'event', description: 'The recorded event.' },
    },
    args: { input: t.arg({ type: EngagementEventCreateInput, required: true, description: 'The event to record.' }) },
    resolve: async (query, _root, args, context) => {
      const { input } = args;
      const result = await recordEngagementEvent(context.prisma, commandActor(context.viewer), {
        ...input,
        centreId: optionalIdFromInput(input.centreId, 'Centre'),
        projectId: optionalIdFromInput(input.projectId, 'Project'),
      });
      return context.prisma.engagementEvent.findUniqueOrThrow({
        ...query,
        where: { id: commandValue(result, context).id },
      });
    },
  }),
);
