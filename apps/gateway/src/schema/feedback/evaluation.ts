import { recordEvaluation } from '@crc/db';
import type { EvaluationMethod } from '@crc/domain';
import { builder } from '../../builder';
import { vocabularyField } from '../common/vocabulary-field';
import { commandActor } from '../../auth/viewer';
import { commandValue } from '../common/command-value';
import { COMMON_MUTATION_ERRORS } from '../common/errors';
import '../common/forbidden-error-type';
import { ForbiddenError } from '../../errors/forbidden-error';
import { idFromInput, optionalIdFromInput, uuidOrNil } from '../common/ids';
import { EvaluationAspectEnum, EvaluationMethodEnum, FindingComparatorEnum } from './feedback-enums';

const EvaluationFindingRef = builder.prismaObject('EvaluationFinding', {
  description: 'One change an evaluation measured, with its unit and source.',
  fields: (t) => ({
    ...vocabularyField(t, 'aspect', {
      type: EvaluationAspectEnum,
      vocabulary: 'evaluationAspects',
      description: 'What changed.',
    }),
    statement: t.exposeString('statement', { description: 'The finding as the source states it (English).' }),
    ...vocabularyField(t, 'comparator', {
      type: FindingComparatorEnum,
      vocabulary: 'findingComparators',
      description: 'How `change` relates to the measured change.',
    }),
    change: t.field({
      type: 'Decimal',
      description: 'The measured change, in `unit` (negative for a decline).',
      resolve: (finding) => finding.change,
    }),
    unit: t.exposeString('unit', { description: 'Indicator unit code, e.g. `percent`.' }),
    unitLabel: t.string({
      description: '`unit` in the request’s language.',
      resolve: (finding, _args, context) => context.i18n.vocabularyLabel('indicatorUnits', finding.unit),
    }),
    source: t.exposeString('source', { description: 'The document the finding comes from.' }),
  }),
});

const SharesBySexRef = builder.objectRef<{ female: number | null; male: number | null }>('SharesBySex').implement({
  description: 'Percent of women and men.',
  fields: (t) => ({
    female: t.float({ nullable: true, description: 'Percent women.', resolve: (share) => share.female }),
    male: t.float({ nullable: true, description: 'Percent men.', resolve: (share) => share.male }),
  }),
});

const EvaluationRef = builder.prismaNode('Evaluation', {
  description:
    'A monitoring and evaluation exercise of a programme’s projects, with its findings. Public: it holds counts and shares, no personal data.',
  id: { field: 'id' },
  findUnique: (id) => ({ id: uuidOrNil(id, 'Evaluation') }),
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Stable code, e.g. CRP-VI-ME-2018-Q1.' }),
    title: t.exposeString('title', { description: 'Title.' }),
    programme: t.relation('programme', { nullable: true, description: 'The programme evaluated.' }),
    projectsEvaluated: t.exposeInt('projectsEvaluated', { description: 'Projects covered, as the source reports it.' }),
    methods: t.field({
      type: [EvaluationMethodEnum],
      description: 'Methods used.',
      resolve: (evaluation) => evaluation.methods as EvaluationMethod[],
    }),
    methodLabels: t.stringList({
      description: '`methods` in the request’s language.',
      resolve: (evaluation, _args, context) =>
        evaluation.methods.map((method) => context.i18n.vocabularyLabel('evaluationMethods', method)),
    }),
    startedOn: t.field({ type: 'Date', description: 'First day.', resolve: (evaluation) => evaluation.startedOn }),
    endedOn: t.field({ type: 'Date', description: 'Last day.', resolve: (evaluation) => evaluation.endedOn }),
    respondentsFemale: t.exposeInt('respondentsFemale', {
      nullable: true,
      description: 'Women among respondents; null when the source does not say.',
    }),
    respondentsMale: t.exposeInt('respondentsMale', {
      nullable: true,
      description: 'Men among respondents; null when the source does not say.',
    }),
    targetedIndividuals: t.exposeInt('targetedIndividuals', {
      nullable: true,
      description: 'Population the evaluated projects target (individuals).',
    }),
    beneficiarySharePercent: t.field({
      type: SharesBySexRef,
      description: 'Share of the targeted population by sex.',
      resolve: (evaluation) => ({
        female:
          evaluation.beneficiaryShareFemalePercent === null ? null : Number(evaluation.beneficiaryShareFemalePercent),
        male: evaluation.beneficiaryShareMalePercent === null ? null : Number(evaluation.beneficiaryShareMalePercent),
      }),
    }),
    findings: t.relation('findings', {
      type: EvaluationFindingRef,
      description: 'Measured changes, in the source’s order.',
      query: { orderBy: { position: 'asc' } },
    }),
    source: t.exposeString('source', { description: 'The document the evaluation is taken from.' }),
    illustrative: t.exposeBoolean('illustrative', { description: 'Generated demo record, not a published fact.' }),
  }),
});

builder.queryFields((t) => ({
  evaluations: t.prismaField({
    type: [EvaluationRef],
    description: 'Monitoring and evaluation exercises, latest first. Public.',
    args: { programmeId: t.arg.id({ required: false, description: 'Only this programme’s (global id or UUID).' }) },
    resolve: (query, _root, args, context) =>
      context.prisma.evaluation.findMany({
        ...query,
        where: args.programmeId ? { programmeId: uuidOrNil(String(args.programmeId), 'Programme') } : {},
        orderBy: [{ startedOn: 'desc' }, { code: 'asc' }],
      }),
  }),
}));

const EvaluationFindingInput = builder.inputType('EvaluationFindingInput', {
  description: 'One measured change.',
  fields: (t) => ({
    aspect: t.field({ type: EvaluationAspectEnum, required: true, description: 'What changed.' }),
    statement: t.string({ required: true, description: 'The finding as the source states it.' }),
    comparator: t.field({
      type: FindingComparatorEnum,
      required: true,
      description: 'How the figure relates to the change.',
    }),
    change: t.float({ required: true, description: 'The measured change.' }),
    unit: t.string({ required: true, description: 'Indicator unit code, e.g. `percent`.' }),
    source: t.string({ required: true, description: 'The document it comes from.' }),
  }),
});

const CountsBySexInput = builder.inputType('CountsBySexInput', {
  description: 'Counts by sex; null where unknown.',
  fields: (t) => ({
    female: t.int({ required: false, description: 'Women.' }),
    male: t.int({ required: false, description: 'Men.' }),
  }),
});

const SharesBySexInput = builder.inputType('SharesBySexInput', {
  description: 'Percent by sex.',
  fields: (t) => ({
    female: t.float({ required: true, description: 'Percent women.' }),
    male: t.float({ required: true, description: 'Percent men.' }),
  }),
});

const RecordEvaluationInput = builder.inputType('RecordEvaluationInput', {
  description: 'An M&E exercise with its findings. Validated with @crc/domain `EvaluationCreateSchema`.',
  fields: (t) => ({
    code: t.string({ required: true, description: 'Stable code, e.g. CRP-VI-ME-2018-Q1.' }),
    title: t.string({ required: true, description: 'Title.' }),
    programmeId: t.id({ required: false, description: 'The programme evaluated.' }),
    projectIds: t.idList({ required: false, description: 'The evaluated projects held in the platform.' }),
    projectsEvaluated: t.int({ required: true, description: 'Projects covered, as reported.' }),
    methods: t.field({ type: [EvaluationMethodEnum], required: true, description: 'Methods used.' }),
    startedOn: t.field({ type: 'Date', required: true, description: 'First day.' }),
    endedOn: t.field({ type: 'Date', required: true, description: 'Last day.' }),
    areaPcode: t.string({ required: false, description: 'OCHA p-code of the area covered.' }),
    respondents: t.field({ type: CountsBySexInput, required: true, description: 'Respondents by sex.' }),
    targetedIndividuals: t.int({ required: false, description: 'Population targeted (individuals).' }),
    beneficiarySharePercent: t.field({
      type: SharesBySexInput,
      required: false,
      description: 'Share of the targeted population by sex.',
    }),
    findings: t.field({ type: [EvaluationFindingInput], required: true, description: 'Measured changes.' }),
    source: t.string({ required: true, description: 'The document it comes from.' }),
  }),
});

builder.mutationField('recordEvaluation', (t) =>
  t.prismaField({
    type: EvaluationRef,
    description:
      'Records an M&E evaluation with its findings (ADMIN), through the @crc/db `recordEvaluation` command; audited.',
    authScopes: { admin: true },
    errors: {
      types: [...COMMON_MUTATION_ERRORS, ForbiddenError],
      union: { name: 'RecordEvaluationResult', description: 'The evaluation, or why nothing was written.' },
      result: { name: 'RecordEvaluationSuccess', description: 'The evaluation was recorded.' },
      dataField: { name: 'evaluation', description: 'The new evaluation.' },
    },
    args: { input: t.arg({ type: RecordEvaluationInput, required: true, description: 'The evaluation.' }) },
    resolve: async (query, _root, args, context) => {
      const { programmeId, projectIds, respondents, ...input } = args.input;
      const result = await recordEvaluation(context.prisma, commandActor(context.viewer), {
        ...input,
        programmeId: optionalIdFromInput(programmeId, 'Programme'),
        projectIds: (projectIds ?? []).map((id) => idFromInput(String(id), 'Project')),
        respondents: { female: respondents.female ?? null, male: respondents.male ?? null },
      } as Parameters<typeof recordEvaluation>[2]);
      const { id } = commandValue(result, context);
      return context.prisma.evaluation.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
);
