import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellAt } from './cross-table';
import type { DeliveryRecord, Dimension } from './dimension';
import { disaggregate } from './disaggregate';
import { uniqueReach } from './unique-reach';

// Amina: three deliveries of two services. Omar: two deliveries of one service. Sara: one.
const deliveries: DeliveryRecord[] = [
  { beneficiaryId: 'amina', sex: 'female', serviceType: 'legal_counselling' },
  { beneficiaryId: 'amina', sex: 'female', serviceType: 'legal_counselling' },
  { beneficiaryId: 'amina', sex: 'female', serviceType: 'vocational_training' },
  { beneficiaryId: 'omar', sex: 'male', serviceType: 'vocational_training' },
  { beneficiaryId: 'omar', sex: 'male', serviceType: 'vocational_training' },
  { beneficiaryId: 'sara', sex: 'female', serviceType: 'vocational_training' },
];

describe('uniqueReach', () => {
  it('counts a person served several times once', () => {
    const reach = uniqueReach(deliveries, { by: [] });
    expect(reach.grandTotal).toBe(3);
    expect(reach.deliveries).toBe(6);
    expect(reach.unit).toBe('individuals');
  });

  it('counts a person once per cell, and once in a total that spans several of their cells', () => {
    const reach = uniqueReach(deliveries, { by: ['serviceType', 'sex'] });
    expect(reach.rows).toEqual([['legal_counselling'], ['vocational_training']]);
    expect(reach.columns).toEqual(['female', 'male']);
    expect(reach.cells).toEqual([
      [1, 0], // Amina
      [2, 1], // Amina and Sara; Omar
    ]);
    expect(reach.rowTotals).toEqual([1, 3]);
    // Amina is in both female cells but is one woman: the column total is 2, not 1 + 2 = 3.
    expect(reach.columnTotals).toEqual([2, 1]);
    expect(reach.grandTotal).toBe(3);
    expect(reach.cells.flat().reduce((a, b) => a + b, 0)).toBe(4); // the sum of cells double counts Amina
    expect(reach.additive).toBe(false);
    expect(cellAt(reach, ['vocational_training'], 'female')).toBe(2);
  });

  it('refuses deliveries without a beneficiary', () => {
    expect(() => uniqueReach([{ beneficiaryId: '' }], { by: [] })).toThrow(/deliveries\[0\]\.beneficiaryId/);
  });

  const delivery = fc.record({
    beneficiaryId: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
    sex: fc.constantFrom('female', 'male'),
    populationGroup: fc.constantFrom('idp', 'returnee'),
    areaPcode: fc.constantFrom('IQG10Q05N01', 'IQG10Q05', 'IQG13Q01', 'IQG15'),
    serviceType: fc.constantFrom('legal_counselling', 'vocational_training', 'mediation'),
    dateOfBirth: fc.constantFrom('1980-01-01', '2015-05-05'),
  }) as fc.Arbitrary<DeliveryRecord>;
  const dimensions = fc.shuffledSubarray<Dimension>(
    ['sex', 'populationGroup', 'governorate', 'serviceType', 'ageBracket'],
    {
      maxLength: 3,
    },
  );

  it('property: reach never exceeds deliveries, cell by cell and total by total; totals lie between the largest cell and the sum', () => {
    fc.assert(
      fc.property(fc.array(delivery, { maxLength: 40 }), dimensions, (records, by) => {
        const reach = uniqueReach(records, { by, at: '2024-12-31' });
        const counted = disaggregate(records, { by, at: '2024-12-31', unit: 'deliveries' });
        expect(reach.rows).toEqual(counted.rows);
        expect(reach.columns).toEqual(counted.columns);
        reach.cells.forEach((row, r) =>
          row.forEach((cell, c) => expect(cell).toBeLessThanOrEqual(counted.cells[r]![c]!)),
        );
        expect(reach.grandTotal).toBeLessThanOrEqual(counted.grandTotal);
        expect(reach.grandTotal).toBe(new Set(records.map((record) => record.beneficiaryId)).size);
        reach.rowTotals.forEach((total, r) => {
          const row = reach.cells[r]!;
          expect(total).toBeLessThanOrEqual(row.reduce((a, b) => a + b, 0));
          expect(total).toBeGreaterThanOrEqual(Math.max(0, ...row));
          expect(total).toBeLessThanOrEqual(counted.rowTotals[r]!);
        });
        reach.columnTotals.forEach((total, c) => {
          const column = reach.cells.map((row) => row[c]!);
          expect(total).toBeLessThanOrEqual(column.reduce((a, b) => a + b, 0));
          expect(total).toBeGreaterThanOrEqual(Math.max(0, ...column));
        });
        // Brute force: each cell and row total is the number of distinct people among its deliveries.
        const peopleIn = new Map<string, Set<string>>();
        const addTo = (key: string, person: string) => peopleIn.set(key, (peopleIn.get(key) ?? new Set()).add(person));
        for (const record of records) {
          const single = disaggregate([record], { by, at: '2024-12-31' });
          const r = single.cells.findIndex((row) => row.some((v) => v > 0));
          const c = single.cells[r]!.findIndex((v) => v > 0);
          addTo(`${single.rows[r]!.join('|')}#${single.columns[c]}`, record.beneficiaryId);
          addTo(single.rows[r]!.join('|'), record.beneficiaryId);
        }
        reach.rows.forEach((row, r) => {
          expect(reach.rowTotals[r]).toBe(peopleIn.get(row.join('|'))?.size ?? 0);
          reach.columns.forEach((column, c) =>
            expect(reach.cells[r]![c]).toBe(peopleIn.get(`${row.join('|')}#${column}`)?.size ?? 0),
          );
        });
      }),
      { numRuns: 100 },
    );
  });
});
