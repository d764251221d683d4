import { describe, expect, it } from 'vitest';
import { DisplacementFigureCreateSchema, displacementFigureCheck } from './displacement-figure';
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

describe('displacementFigureCheck', () => {
  const base = {
    ...mosulReturns,
    areaPcode: 'IQG15Q05N01',
    adminLevel: 'subdistrict',
    location: { code: 'IQ-L-1234', name: 'Al Tahreer' },
    households: 1200,
    individuals: 7000,
    source: 'dtm_master_list',
  };
  // Each variant changes one thing; the check must agree with the schema on every one.
  const variants: Record<string, unknown>[] = [
    base,
    mosulReturns,
    { ...base, location: undefined },
    { ...base, location: { code: 'IQ-L-1234' } },
    { ...base, location: {} },
    { ...base, location: { code: ' IQ-L-1234 ' } },
    { ...base, location: { code: 'x'.repeat(51) } },
    { ...base, location: { name: 'Al Tahreer', extra: 1 } },
    { ...base, location: 'Al Tahreer' },
    { ...base, adminLevel: 'district' },
    { ...base, areaPcode: 'IRQ-G15Q05N01' },
    { ...base, areaPcode: 'IQG99' },
    { ...base, roundNumber: 0 },
    { ...base, roundNumber: 1.5 },
    { ...base, reportingDate: '2017-02-29' },
    { ...base, reportingDate: '2999-01-01' },
    { ...base, reportingDate: undefined },
    { ...base, populationGroup: 'host_community' },
    { ...base, individuals: -1 },
    { ...base, individuals: '7000' },
    { ...base, households: 7001 },
    { ...base, males: 7001 },
    { ...base, females: 3000, males: 4000 },
    { ...base, origin: 'IQG10' },
    { ...base, origin: 'IQG10Q05' },
    { ...base, origin: 'unknown' },
    { ...base, displacementReason: 'conflict' },
    { ...base, shelterType: '' },
    { ...base, source: 'dtm_api', populationGroup: 'returnee' },
    { ...base, source: 'rumour' },
    { ...base, sourceReference: 'x'.repeat(501) },
    { ...base, sourceReference: 'x'.repeat(500) },
    { ...base, sourceReference: ' file.csv#row=2' },
    { ...base, sourceReference: 'file.csv#row=2\n' },
    { ...base, sourceReference: 'file.csv#row=2\u00a0' },
    { ...base, sourceReference: 'file.csv#row=2' },
    { ...base, sourceReference: '' },
    { ...base, sourceReference: ' ' },
    { ...base, sourceReference: 2 },
    { ...base, importBatchId: 'not-an-id' },
    { ...base, unknownField: 1 },
  ];

  // The same JSON whatever the order of the keys (the schema writes them in its own order).
  const canonical = (value: object): string =>
    JSON.stringify(value, (_key, inner: unknown) =>
      inner !== null && typeof inner === 'object' && !Array.isArray(inner)
        ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
        : inner,
    );

  it('accepts only the figures the schema parses into themselves, judging each value once', () => {
    const check = displacementFigureCheck();
    for (const round of [1, 2]) {
      for (const variant of variants) {
        const parsed = DisplacementFigureCreateSchema.safeParse(variant);
        // A key set to undefined is left to the schema (false), as are the figures it would tidy or refuse.
        const keyUndefined = Object.values(variant).includes(undefined);
        const same = !keyUndefined && parsed.success && canonical(parsed.data) === canonical(variant);
        expect({ variant, round, accepted: check(variant as never) }).toEqual({ variant, round, accepted: same });
      }
    }
  });
});
