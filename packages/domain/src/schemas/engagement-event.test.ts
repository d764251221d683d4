import { describe, expect, it } from 'vitest';
import { EngagementEventCreateSchema, EngagementEventUpdateSchema } from './engagement-event';
import { IDS } from './fixtures.test-data';
import { formatIssues } from './format-issues';

const townHall = {
  projectId: IDS.a,
  engagementType: 'town_hall',
  heldOn: '2018-02-12',
  areaPcode: 'IQG08Q03N02',
  title: 'Town hall, Arab Jasim community, Yusfiyah',
  participants: { female: 28, male: 45 },
};
const fields = (input: object) =>
  formatIssues(EngagementEventCreateSchema.safeParse(input).error ?? { issues: [] }).map((issue) => issue.field);

describe('engagement event schemas', () => {
  it('accept a town hall with participants by sex', () => {
    expect(EngagementEventCreateSchema.parse(townHall).participants).toEqual({ female: 28, male: 45 });
  });

  it('reject negative or fractional counts, unknown types and an event with no centre or project', () => {
    expect(fields({ ...townHall, participants: { female: -1, male: 4.5 } })).toEqual([
      'participants.female',
      'participants.male',
    ]);
    expect(fields({ ...townHall, engagementType: 'party' })).toEqual(['engagementType']);
    expect(fields({ ...townHall, projectId: undefined })).toEqual(['centreId']);
    expect(fields({ ...townHall, heldOn: '2999-01-01' })).toEqual(['heldOn']);
  });

  it('a patch need not repeat the centre or project', () => {
    expect(EngagementEventUpdateSchema.safeParse({ participants: { female: 30, male: 45 } }).success).toBe(true);
  });
});
