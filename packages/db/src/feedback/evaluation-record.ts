import type { Prisma } from '../generated/prisma/client';

/** An evaluation with its findings (in the source's order) and the projects it links. */
export const EVALUATION_RECORD = {
  id: true,
  code: true,
  title: true,
  programmeId: true,
  projectsEvaluated: true,
  methods: true,
  startedOn: true,
  endedOn: true,
  areaPcode: true,
  respondentsFemale: true,
  respondentsMale: true,
  targetedIndividuals: true,
  beneficiaryShareFemalePercent: true,
  beneficiaryShareMalePercent: true,
  source: true,
  illustrative: true,
  createdAt: true,
  projects: { select: { projectId: true } },
  findings: {
    orderBy: { position: 'asc' },
    select: { aspect: true, statement: true, comparator: true, change: true, unit: true, source: true },
  },
} as const satisfies Prisma.EvaluationSelect;

export type EvaluationRecord = Prisma.EvaluationGetPayload<{ select: typeof EVALUATION_RECORD }>;
