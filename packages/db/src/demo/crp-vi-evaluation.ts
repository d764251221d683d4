import type { EvaluationCreateInput } from '@crc/domain';
import { CRP_VI_PERIOD } from './crp-vi-snapshot';
import { sourceNote } from './sources';

/**
 * "Beneficiary and Stakeholder Feedback" in the CRP VI snapshot, first quarter 2018
 * (002_dba356c15cf15900.txt), as an evaluation: "Between January and March 2018, the
 * monitoring and evaluation (M&E) team conducted an evaluation exercise of 50 CAPs
 * through focus group discussions (FGD) and key informant interviews." The snapshot
 * gives no respondent counts (null, "not reported") and names no single project, so
 * the evaluation is of the programme with projectsEvaluated 50.
 */
export const CRP_VI_EVALUATION_CODE = 'CRP-VI-ME-2018-Q1';

export function crpViEvaluation(programmeId: string): EvaluationCreateInput {
  const source = sourceNote('crpSnapshot', 'Beneficiary and Stakeholder Feedback, Project results');
  return {
    code: CRP_VI_EVALUATION_CODE,
    title: 'CRP VI monitoring and evaluation of 50 Community Assistance Projects, January to March 2018',
    programmeId,
    projectsEvaluated: 50,
    methods: ['focus_group_discussion', 'key_informant_interview'],
    startedOn: CRP_VI_PERIOD.start,
    endedOn: CRP_VI_PERIOD.end,
    respondents: { female: null, male: null },
    targetedIndividuals: 184_492,
    beneficiarySharePercent: { female: 54, male: 46 },
    findings: [
      {
        aspect: 'service_quality',
        statement: 'Quality of the services has improved by more than 78% on average',
        comparator: 'more_than',
        change: 78,
        unit: 'percent',
        source,
      },
      {
        aspect: 'access_to_facilities',
        statement:
          'Access to facilities increased by 76% as a result of construction, rehabilitation, and equipment provided by the projects',
        comparator: 'exactly',
        change: 76,
        unit: 'percent',
        source,
      },
    ],
    source,
  };
}
