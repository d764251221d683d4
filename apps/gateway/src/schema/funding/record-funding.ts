import { FundingCreateSchema } from '@crc/domain';
import { recordAudit } from '../../audit/record-audit';
import { builder } from '../../builder';
import { parseInput } from '../../errors/parse-input';
import { COMMON_MUTATION_ERRORS } from '../common/errors';
import { dateColumn } from '../common/calendar-date';
import { fieldProblem } from '../common/field-problem';
import { idFromInput, optionalIdFromInput } from '../common/ids';
import { recordNotFound } from '../common/record-not-found';
import { withoutNulls } from '../common/without-nulls';
import { FundingCreateInput } from './funding-input';
import { requireOrganisations } from '../organisations/require-organisations';

/** funding.amount is NUMERIC(18, 2): 16 digits before the point. */
const MAX_WHOLE_DIGITS = 16;

builder.mutationField('recordFunding', (t) =>
  t.prismaField({
    type: 'Funding',
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
      const given = args.input;
      const input = parseInput(
        FundingCreateSchema,
        {
          ...withoutNulls(given),
          programmeId: optionalIdFromInput(given.programmeId?.toString(), 'Programme'),
          projectId: optionalIdFromInput(given.projectId?.toString(), 'Project'),
          donorOrganisationId: idFromInput(String(given.donorOrganisationId), 'Organisation'),
          recipientOrganisationId: idFromInput(String(given.recipientOrganisationId), 'Organisation'),
        },
        context,
      );
      if ((input.amount.split('.')[0] ?? '').length > MAX_WHOLE_DIGITS) {
        throw fieldProblem(context, 'amount', 'gateway.amountTooLarge', { digits: MAX_WHOLE_DIGITS });
      }

      const id = await context.prisma.$transaction(async (tx) => {
        let programmeId = input.programmeId;
        if (input.projectId !== undefined) {
          const project = await tx.project.findUnique({ where: { id: input.projectId }, select: { programmeId: true } });
          if (project === null) throw recordNotFound(context, 'Project', 'projectId', input.projectId);
          if (programmeId !== undefined && programmeId !== project.programmeId) {
            throw fieldProblem(context, 'projectId', 'gateway.projectInOtherProgramme');
          }
          // Project funding counts towards the project's programme: store it, so programme totals are one GROUP BY.
          programmeId = project.programmeId;
        } else if (programmeId !== undefined) {
          const programme = await tx.programme.findUnique({ where: { id: programmeId }, select: { id: true } });
          if (programme === null) throw recordNotFound(context, 'Programme', 'programmeId', programmeId);
        }
        await requireOrganisations(tx, context, [
          { field: 'donorOrganisationId', id: input.donorOrganisationId },
          { field: 'recipientOrganisationId', id: input.recipientOrganisationId },
        ]);
        const funding = await tx.funding.create({
          data: {
            programmeId: programmeId ?? null,
            projectId: input.projectId ?? null,
            donorOrganisationId: input.donorOrganisationId,
            recipientOrganisationId: input.recipientOrganisationId,
            transactionType: input.transactionType,
            amount: input.amount,
            currency: input.currency,
            transactionDate: dateColumn(input.transactionDate),
            description: input.description ?? null,
          },
        });
        await recordAudit(tx, context.viewer, { action: 'create', entity: 'Funding', entityId: funding.id, after: funding });
        return funding.id;
      });
      return context.prisma.funding.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
);
