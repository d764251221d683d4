import { describe, expect, it } from 'vitest';
import { IDS } from './fixtures.test-data';
import { formatIssues } from './format-issues';
import { ProgrammeCreateSchema, ProgrammeUpdateSchema } from './programme';

const crp6 = {
  code: 'CRP VI',
  name: 'Community Revitalization Programme VI',
  startDate: '2017-07-01',
  endDate: '2019-06-30',
  donorOrganisationIds: [IDS.a, IDS.b],
};

describe('programme schemas', () => {
  it('accept a programme, open-ended or not', () => {
    expect(ProgrammeCreateSchema.parse(crp6).code).toBe('CRP VI');
    expect(
      ProgrammeCreateSchema.parse({ code: 'RRP', name: 'Rapid Recovery Programme', startDate: '2017-01-01' })
        .donorOrganisationIds,
    ).toEqual([]);
  });

  it('reject an end before the start, on endDate', () => {
    const result = ProgrammeCreateSchema.safeParse({ ...crp6, endDate: '2017-06-30' });
    expect(formatIssues(result.error!)).toEqual([
      { field: 'endDate', message: 'must not be before the start date', code: 'custom' },
    ]);
    expect(ProgrammeUpdateSchema.safeParse({ startDate: '2018-01-01', endDate: '2017-01-01' }).success).toBe(false);
    expect(ProgrammeUpdateSchema.safeParse({ endDate: '2017-01-01' }).success).toBe(true);
  });
});
