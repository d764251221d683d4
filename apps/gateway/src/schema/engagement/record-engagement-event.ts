import { ENGAGEMENT_TYPES, EngagementEventCreateSchema, getArea } from '@crc/domain';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import { builder } from '../../builder';
import { ForbiddenError } from '../../errors/forbidden-error';
import { parseInput } from '../../errors/parse-input';
import { COMMON_MUTATION_ERRORS } from '../common/errors';
import { dateColumn } from '../common/calendar-date';
import { fieldProblem } from '../common/field-problem';
import { optionalIdFromInput } from '../common/ids';
import { recordNotFound } from '../common/record-not-found';
import { withoutNulls } from '../common/without-nulls';
import { EngagementEventCreateInput } from './engagement-event-input';

/** Notes are stored with the event; the domain schema has no field for them. */
const NotesSchema = z.object({ notes: z.string().trim().max(2000).optional() });

builder.mutationField('recordEngagementEvent', (t) =>
  t.prismaField({
    type: 'EngagementEvent',
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
      const given = args.input;
      const input = parseInput(
        EngagementEventCreateSchema.and(NotesSchema),
        {
          ...withoutNulls(given),
          centreId: optionalIdFromInput(given.centreId?.toString(), 'Centre'),
          projectId: optionalIdFromInput(given.projectId?.toString(), 'Project'),
        },
        context,
      );
      const { viewer } = context;
      if (viewer.role !== 'ADMIN' && (input.centreId === undefined || !viewer.centreIds.has(input.centreId))) {
        throw new ForbiddenError(context.i18n.t('gateway.forbidden', { field: 'recordEngagementEvent' }), 'centreId');
      }

      const id = await context.prisma.$transaction(async (tx) => {
        const centre =
          input.centreId === undefined ? null : await tx.centre.findUnique({ where: { id: input.centreId }, select: { areaPcode: true } });
        if (input.centreId !== undefined && centre === null) throw recordNotFound(context, 'Centre', 'centreId', input.centreId);
        const project =
          input.projectId === undefined ? null : await tx.project.findUnique({ where: { id: input.projectId }, select: { areaPcode: true } });
        if (input.projectId !== undefined && project === null) throw recordNotFound(context, 'Project', 'projectId', input.projectId);

        const areaPcode = input.areaPcode ?? centre?.areaPcode ?? project?.areaPcode ?? undefined;
        if (areaPcode === undefined) throw fieldProblem(context, 'areaPcode', 'validation.required');
        if (getArea(areaPcode) === undefined) throw recordNotFound(context, 'AdminArea', 'areaPcode', areaPcode);

        const event = await tx.engagementEvent.create({
          data: {
            centreId: input.centreId ?? null,
            projectId: input.projectId ?? null,
            areaPcode,
            type: input.engagementType,
            title: input.title ?? ENGAGEMENT_TYPES.find((type) => type.code === input.engagementType)?.label ?? input.engagementType,
            heldOn: dateColumn(input.heldOn),
            participantsFemale: input.participants.female,
            participantsMale: input.participants.male,
            notes: input.notes ?? null,
          },
        });
        await recordAudit(tx, context.viewer, { action: 'create', entity: 'EngagementEvent', entityId: event.id, after: event });
        return event.id;
      });
      return context.prisma.engagementEvent.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
);
