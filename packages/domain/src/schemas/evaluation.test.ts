import { describe, expect, it } from 'vitest';
import { EvaluationCreateSchema } from './evaluation';

const PROGRAMME = '4f6b0a2c-9d1e-4c3b-8a7f-2e5d6c7b8a90';
const crpViQ1 = {
  code: 'CRP-VI-ME-2018-Q1',
  title: 'CRP VI monitoring and evaluation of 50 CAPs, Q1 2018',
  programmeId: PROGRAMME,
  projectsEvaluated: 50,
  methods: ['focus_group_discussion', 'key_informant_interview'],
  startedOn: '2018-01-01',
  endedOn: '2018-03-31',
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
      source: 'CRP VI snapshot Q1 2018',
    },
  ],
  source: 'CRP VI snapshot Q1 2018',
};

describe('EvaluationCreateSchema', () => {
  it('holds the CRP VI Q1 2018 evaluation as the document gives it (no respondent counts)', () => {
    const parsed = EvaluationCreateSchema.parse(crpViQ1);
    expect(parsed.projectIds).toEqual([]);
    expect(parsed.findings[0]?.comparator).toBe('more_than');
  });

  it('rejects shares above 100%, an end before the start and an evaluation of nothing', () => {
    const issues = (input: object) =>
      EvaluationCreateSchema.safeParse({ ...crpViQ1, ...input }).error?.issues.map((i) => i.path.join('.'));
    expect(issues({ beneficiarySharePercent: { female: 54, male: 56 } })).toEqual(['beneficiarySharePercent']);
    expect(issues({ endedOn: '2017-12-31' })).toEqual(['endedOn']);
    expect(issues({ programmeId: undefined })).toEqual(['programmeId']);
    expect(issues({ methods: [] })).toEqual(['methods']);
  });
});
