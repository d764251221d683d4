import { describe, expect, it } from 'vitest';
import { DisplacementFigureCreateSchema } from './displacement-figure';
import { formatIssues } from './format-issues';

const mosulReturns = {
  areaPcode: 'IQG15Q05',
  adminLevel: 'district',
  roundNumber: 82,
  reportingDate: '2017-10-11',
  populationGroup: 'returnee',
  individuals: 297800,
  source: 'iom_document',
  sourceReference: 'IOM press release, Mosul operations, as of 11 October 2017',
};
const fields = (input: object) =>
  formatIssues(DisplacementFigureCreateSchema.safeParse(input).error ?? { issues: [] }).map((issue) => issue.field);

describe('DisplacementFigureCreateSchema', () => {
  it('accepts district figures and master-list locations', () => {
    expect(DisplacementFigureCreateSchema.parse(mosulReturns).individuals).toBe(297800);
    const location = { name: 'Al Tahreer', code: 'IQ-L-1234', latitude: 36.37, longitude: 43.16 };
    expect(
      DisplacementFigureCreateSchema.parse({
        ...mosulReturns,
        areaPcode: 'IQG15Q05N01',
        adminLevel: 'subdistrict',
        location,
        households: 1200,
        individuals: 7000,
        source: 'dtm_master_list',
      }).location,
    ).toEqual(location);
  });

  it('rejects a level that does not match the p-code, and impossible counts', () => {
    expect(fields({ ...mosulReturns, adminLevel: 'governorate' })).toEqual(['adminLevel']);
    expect(fields({ ...mosulReturns, individuals: -1, roundNumber: 0 })).toEqual(['roundNumber', 'individuals']);
    expect(fields({ ...mosulReturns, households: 300000 })).toEqual(['households']);
    expect(fields({ ...mosulReturns, populationGroup: 'host_community' })).toEqual(['populationGroup']);
  });

  it('rejects future reporting dates and returnees from the DTM API (which carries IDPs only)', () => {
    expect(fields({ ...mosulReturns, reportingDate: '2999-01-01' })).toEqual(['reportingDate']);
    expect(fields({ ...mosulReturns, source: 'dtm_api' })).toEqual(['populationGroup']);
  });
});

describe('DisplacementFigureCreateSchema: national figures and dimensions', () => {
  const national = {
    areaPcode: 'IQ',
    adminLevel: 'country',
    roundNumber: 95,
    reportingDate: '2017-10-01',
    populationGroup: 'idp',
    individuals: 3_000_000,
    source: 'dtm_api',
  };

  it('accepts a national figure at level country, and DTM p-codes rewritten to OCHA ones', () => {
    expect(DisplacementFigureCreateSchema.parse(national).areaPcode).toBe('IQ');
    expect(fields({ ...national, adminLevel: 'governorate' })).toEqual(['adminLevel']);
    expect(DisplacementFigureCreateSchema.parse({ ...mosulReturns, areaPcode: 'IRQ-G15Q05' }).areaPcode).toBe(
      'IQG15Q05',
    );
  });

  it('keeps origin (a governorate or unknown), displacement reason and shelter type as dimensions', () => {
    const split = DisplacementFigureCreateSchema.parse({
      ...national,
      areaPcode: 'IQG09',
      adminLevel: 'governorate',
      origin: 'IRQ-G15',
      displacementReason: 'Conflict',
    });
    expect(split).toMatchObject({ origin: 'IQG15', displacementReason: 'Conflict' });
    expect(DisplacementFigureCreateSchema.parse({ ...national, origin: 'unknown' }).origin).toBe('unknown');
    expect(fields({ ...national, origin: 'IQG15Q05' })).toEqual(['origin']);
    expect(fields({ ...national, shelterType: 'x'.repeat(101) })).toEqual(['shelterType']);
    expect(fields({ ...mosulReturns, location: {} })).toEqual(['location']);
  });
});
