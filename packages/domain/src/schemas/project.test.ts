import { describe, expect, it } from 'vitest';
import { IDS } from './fixtures.test-data';
import { formatIssues } from './format-issues';
import { ProjectCreateSchema } from './project';

const school = {
  programmeId: IDS.a,
  title: 'Rehabilitation of Al-Janaen School, Al Tahreer, Mosul',
  type: 'quick_impact_project',
  sector: 'education',
  iatiStatus: 'finalisation',
  areaPcode: 'IQG15Q05',
  startDate: '2018-01-15',
  endDate: '2018-03-15',
  beneficiariesTargeted: { individuals: 1000 },
};
const fields = (input: object) =>
  formatIssues(ProjectCreateSchema.safeParse(input).error ?? { issues: [] }).map((issue) => issue.field);

describe('ProjectCreateSchema', () => {
  it('accepts a valid project', () => {
    expect(ProjectCreateSchema.parse(school).sector).toBe('education');
  });

  it('rejects bad vocabulary codes, negative targets and an end before the start', () => {
    expect(fields({ ...school, type: 'qip', sector: 'schools', iatiStatus: 2 })).toEqual([
      'type',
      'sector',
      'iatiStatus',
    ]);
    expect(fields({ ...school, beneficiariesTargeted: { individuals: -5, households: 1.5 } })).toEqual([
      'beneficiariesTargeted.individuals',
      'beneficiariesTargeted.households',
    ]);
    expect(fields({ ...school, endDate: '2017-12-31' })).toEqual(['endDate']);
  });

  it('a closed project needs an end date', () => {
    const { endDate: _endDate, ...open } = school;
    expect(fields({ ...open, iatiStatus: 'closed' })).toEqual(['endDate']);
    expect(fields({ ...open, iatiStatus: 'implementation' })).toEqual([]);
  });
});
