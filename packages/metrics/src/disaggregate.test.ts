import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellAt } from './cross-table';
import { NOT_RECORDED, type Dimension, type ReachRecord } from './dimension';
import { disaggregate } from './disaggregate';

const people: ReachRecord[] = [
  { sex: 'female', dateOfBirth: '1990-05-01', populationGroup: 'idp', areaPcode: 'IQG10Q05N01', sector: 'health' },
  { sex: 'female', dateOfBirth: '2020-01-01', populationGroup: 'returnee', areaPcode: 'IQG10Q05', sector: 'education' },
  { sex: 'male', dateOfBirth: '1950-12-31', populationGroup: 'idp', areaPcode: 'IQG13', sector: 'health' },
  {
    sex: 'male',
    dateOfBirth: '2010-06-15',
    populationGroup: 'host_community',
    areaPcode: 'IQG10Q05N01',
    sector: 'health',
  },
  { sex: 'not_recorded', dateOfBirth: null, populationGroup: 'idp', areaPcode: null },
];

describe('disaggregate', () => {
  it('counts by sex and age bracket (age on the `at` date) with row, column and grand totals', () => {
    const table = disaggregate(people, { by: ['sex', 'ageBracket'], at: '2024-12-31' });
    expect(table.rowDimensions).toEqual(['sex']);
    expect(table.columnDimension).toBe('ageBracket');
    expect(table.rows).toEqual([['female'], ['male'], ['not_recorded']]);
    expect(table.columns).toEqual(['0-5', '6-17', '18-59', '60+', NOT_RECORDED]);
    expect(table.cells).toEqual([
      [1, 0, 1, 0, 0],
      [0, 1, 0, 1, 0],
      [0, 0, 0, 0, 1],
    ]);
    expect(table.rowTotals).toEqual([2, 2, 1]);
    expect(table.columnTotals).toEqual([1, 1, 1, 1, 1]);
    expect(table.grandTotal).toBe(5);
    expect(table.unit).toBe('individuals');
    expect(table.additive).toBe(true);
  });

  it('counts by disability status (Washington Group cut-off) in the vocabulary order, not recorded last', () => {
    const records: ReachRecord[] = [
      { sex: 'female', disabilityStatus: 'without_disability' },
      { sex: 'male', disabilityStatus: 'with_disability' },
      { sex: 'female', disabilityStatus: 'with_disability' },
      { sex: 'male', disabilityStatus: null },
    ];
    const table = disaggregate(records, { by: ['disabilityStatus', 'sex'] });
    expect(table.rows).toEqual([['with_disability'], ['without_disability'], [NOT_RECORDED]]);
    expect(table.columns).toEqual(['female', 'male']);
    expect(table.cells).toEqual([
      [1, 1],
      [1, 0],
      [0, 1],
    ]);
    expect(table.grandTotal).toBe(4);
  });

  it('uses the age on the date asked for: the same person changes bracket on their birthday', () => {
    const child = [{ dateOfBirth: '2018-07-01' }];
    expect(disaggregate(child, { by: ['ageBracket'], at: '2024-06-30' }).rows).toEqual([['0-5']]);
    expect(disaggregate(child, { by: ['ageBracket'], at: '2024-07-01' }).rows).toEqual([['6-17']]);
    expect(() => disaggregate(child, { by: ['ageBracket'] })).toThrow(/needs `at`/);
  });

  it('rolls sub-districts and districts up to governorates, and cannot place a governorate in a district', () => {
    const byGovernorate = disaggregate(people, { by: ['governorate'] });
    expect(byGovernorate.rows).toEqual([['IQG10'], ['IQG13'], [NOT_RECORDED]]);
    expect(byGovernorate.columns).toEqual(['total']);
    expect(byGovernorate.cells).toEqual([[3], [1], [1]]);
    const byDistrict = disaggregate(people, { by: ['district'] });
    expect(cellAt(byDistrict, ['IQG10Q05'])).toBe(3);
    expect(cellAt(byDistrict, [NOT_RECORDED])).toBe(2); // IQG13 is known only as a governorate, plus no area
  });

  it('rejects p-codes not in the reference geography', () => {
    expect(() => disaggregate([{ areaPcode: 'IQG99' }], { by: ['governorate'] })).toThrow(
      /Unknown area p-code "IQG99"/,
    );
  });

  it('crosses three dimensions: two row dimensions and one column dimension', () => {
    const table = disaggregate(people, { by: ['governorate', 'sex', 'populationGroup'] });
    expect(table.rowDimensions).toEqual(['governorate', 'sex']);
    expect(table.rows.length).toBe(3 * 3);
    expect(table.columns).toEqual(['idp', 'returnee', 'host_community']);
    expect(cellAt(table, ['IQG10', 'female'], 'idp')).toBe(1);
    expect(cellAt(table, ['IQG10', 'male'], 'host_community')).toBe(1);
    expect(cellAt(table, ['IQG13', 'female'], 'idp')).toBe(0); // counted, none
    expect(cellAt(table, ['IQG77', 'female'], 'idp')).toBeUndefined(); // not in the table
  });

  it('shows listed categories even when nothing was counted for them, in the order given', () => {
    const table = disaggregate(people.slice(0, 1), {
      by: ['sex'],
      categories: { sex: ['male', 'female'] },
    });
    expect(table.rows).toEqual([['male'], ['female']]);
    expect(table.cells).toEqual([[0], [1]]);
  });

  it('counts deliveries when told so, and everything in one cell with no dimensions', () => {
    const table = disaggregate(people, { by: [], unit: 'deliveries' });
    expect(table.unit).toBe('deliveries');
    expect(table.cells).toEqual([[5]]);
    expect(table.grandTotal).toBe(5);
    expect(() => disaggregate(people, { by: ['sex', 'sex'] })).toThrow(/twice/);
  });

  const record = fc.record({
    sex: fc.constantFrom('female', 'male', 'not_recorded', null),
    dateOfBirth: fc.option(fc.constantFrom('1950-01-01', '1990-06-30', '2012-02-29', '2022-11-11')),
    populationGroup: fc.constantFrom('idp', 'returnee', 'host_community', null),
    areaPcode: fc.option(fc.constantFrom('IQG10', 'IQG10Q05', 'IQG10Q05N01', 'IQG13', 'IQG15', 'IQG13Q01')),
    sector: fc.constantFrom('health', 'education', null),
    serviceType: fc.constantFrom('legal_counselling', 'vocational_training', null),
  }) as fc.Arbitrary<ReachRecord>;
  const dimensions = fc.shuffledSubarray<Dimension>(
    ['sex', 'ageBracket', 'populationGroup', 'governorate', 'district', 'sector', 'serviceType'],
    { minLength: 0, maxLength: 3 },
  );

  it('property: every total is the sum of its cells, and the grand total is the number of records', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 60 }), dimensions, (records, by) => {
        const table = disaggregate(records, { by, at: '2024-12-31' });
        const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
        table.cells.forEach((row, r) => expect(table.rowTotals[r]).toBe(sum(row)));
        table.columns.forEach((_, c) => expect(table.columnTotals[c]).toBe(sum(table.cells.map((row) => row[c]!))));
        expect(table.grandTotal).toBe(sum(table.rowTotals));
        expect(table.grandTotal).toBe(sum(table.columnTotals));
        expect(table.grandTotal).toBe(records.length);
      }),
      { numRuns: 150 },
    );
  });
});
