import { describe, expect, it } from 'vitest';
import { CentreCreateSchema, CentreSchema, CentreUpdateSchema } from './centre';
import { IDS, STORED } from './fixtures.test-data';
import { formatIssues } from './format-issues';

const jalawla = {
  name: 'Jalawla Community Resource Centre',
  kind: 'community_resource_centre',
  areaPcode: 'IQG10Q05N02',
  openedOn: '2019-09-19',
  operatingPartnerIds: [IDS.a],
  servicesOffered: ['awareness_raising', 'legal_counselling', 'housing_land_property_counselling', 'referral_mhpss'],
};
const fields = (input: object) =>
  formatIssues(CentreCreateSchema.safeParse(input).error ?? { issues: [] }).map((issue) => issue.field);

describe('CentreCreateSchema', () => {
  it('opens Sunday to Thursday by default', () => {
    const centre = CentreCreateSchema.parse(jalawla);
    expect(centre.openingDays).toEqual(['sunday', 'monday', 'tuesday', 'wednesday', 'thursday']);
    expect(CentreSchema.parse({ ...centre, ...STORED }).name).toBe(jalawla.name);
  });

  it('rejects bad kind, p-code, repeated days, unknown services and closing before opening', () => {
    expect(fields({ ...jalawla, kind: 'hub' })).toEqual(['kind']);
    expect(fields({ ...jalawla, areaPcode: 'Diyala' })).toEqual(['areaPcode']);
    expect(fields({ ...jalawla, openingDays: ['sunday', 'sunday'] })).toEqual(['openingDays']);
    expect(fields({ ...jalawla, openingDays: [] })).toEqual(['openingDays']);
    expect(fields({ ...jalawla, servicesOffered: ['massage'] })).toEqual(['servicesOffered.0']);
    expect(fields({ ...jalawla, operatingPartnerIds: [IDS.a, IDS.a] })).toEqual(['operatingPartnerIds']);
    expect(fields({ ...jalawla, openingHours: { opens: '14:00', closes: '08:00' } })).toEqual(['openingHours.closes']);
    expect(fields({ ...jalawla, openingHours: { opens: '8am', closes: '14:00' } })).toEqual(['openingHours.opens']);
    expect(fields({ ...jalawla, closedOn: '2019-01-01' })).toEqual(['closedOn']);
  });
});

describe('CentreUpdateSchema', () => {
  it('does not reset opening days when they are not in the patch', () => {
    expect(CentreUpdateSchema.parse({ name: 'Jalawla CRC' })).toEqual({ name: 'Jalawla CRC' });
    expect(CentreUpdateSchema.safeParse({}).success).toBe(false);
  });
});
