import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DeliveryRecord } from './dimension';
import { perturbationTable } from './perturbation-table';
import { publish, publishCount, type ProtectedFigure } from './publish';
import { cellKeyOf, RECORD_KEY_RESOLUTION } from './record-key';
import { keyedUniqueReach, uniqueReach, type KeyedDeliveryRecord } from './unique-reach';

const SEXES = ['female', 'male', 'not_recorded'] as const;
const GROUPS = ['idp', 'returnee', 'host_community'] as const;
const SERVICES = ['legal_counselling', 'vocational_training', 'mediation'] as const;

/** People with a record key each, and their deliveries (a person's attributes are the same on each). */
const keyedDeliveries = fc
  .array(
    fc.record({
      key: fc.integer({ min: 0, max: RECORD_KEY_RESOLUTION - 1 }),
      sex: fc.constantFrom(...SEXES),
      populationGroup: fc.constantFrom(...GROUPS),
      services: fc.array(fc.constantFrom(...SERVICES), { minLength: 1, maxLength: 4 }),
    }),
    { maxLength: 60 },
  )
  .map((people) =>
    people.flatMap((person, i) =>
      person.services.map((serviceType): KeyedDeliveryRecord => ({
        beneficiaryId: `p${i}`,
        recordKey: person.key / RECORD_KEY_RESOLUTION,
        sex: person.sex,
        populationGroup: person.populationGroup,
        serviceType,
      })),
    ),
  );

const valueOf = (figure: ProtectedFigure) => (figure.hidden ? null : figure.value);

/** The cell key of the distinct people among these deliveries, independently of keyedUniqueReach. */
function keyOfPeople(deliveries: readonly KeyedDeliveryRecord[]): number {
  const keys = new Map(deliveries.map((d) => [d.beneficiaryId, d.recordKey]));
  return cellKeyOf(keys.values());
}

describe('keyedUniqueReach', () => {
  it('is uniqueReach plus, for every cell and total, the key of the distinct people it counts', () => {
    fc.assert(
      fc.property(keyedDeliveries, (deliveries) => {
        const keyed = keyedUniqueReach(deliveries, { by: ['serviceType', 'sex'] });
        const { cellKeys, rowTotalKeys, columnTotalKeys, grandTotalKey, ...counts } = keyed;
        expect(counts).toEqual(uniqueReach(deliveries as DeliveryRecord[], { by: ['serviceType', 'sex'] }));
        keyed.rows.forEach(([service], r) => {
          keyed.columns.forEach((sex, c) => {
            expect(cellKeys[r]![c]).toBe(
              keyOfPeople(deliveries.filter((d) => d.serviceType === service && d.sex === sex)),
            );
          });
          expect(rowTotalKeys[r]).toBe(keyOfPeople(deliveries.filter((d) => d.serviceType === service)));
        });
        keyed.columns.forEach((sex, c) =>
          expect(columnTotalKeys[c]).toBe(keyOfPeople(deliveries.filter((d) => d.sex === sex))),
        );
        expect(grandTotalKey).toBe(keyOfPeople(deliveries));
      }),
    );
  });
});

describe('publish', () => {
  const table = perturbationTable({ maxNoise: 5, variance: 3, threshold: 4 });

  it('never publishes a value from 1 to js, keeps 0 at 0 and moves no figure more than D', () => {
    fc.assert(
      fc.property(keyedDeliveries, (deliveries) => {
        const keyed = keyedUniqueReach(deliveries, { by: ['populationGroup', 'sex'] });
        const published = publish(keyed, { ptable: table });
        const pairs: [number, ProtectedFigure][] = [
          ...keyed.cells.flatMap((row, r) =>
            row.map((count, c): [number, ProtectedFigure] => [count, published.cells[r]![c]!]),
          ),
          ...keyed.rowTotals.map((count, r): [number, ProtectedFigure] => [count, published.rowTotals[r]!]),
          ...keyed.columnTotals.map((count, c): [number, ProtectedFigure] => [count, published.columnTotals[c]!]),
          [keyed.grandTotal, published.grandTotal],
        ];
        for (const [count, figure] of pairs) {
          const value = valueOf(figure)!;
          expect(value === 0 || value >= 5).toBe(true);
          if (count === 0) expect(value).toBe(0);
          expect(Math.abs(value - count)).toBeLessThanOrEqual(5);
        }
        expect(published.additive).toBe(false);
        expect(published.rules).toEqual({
          maxNoise: 5,
          variance: 3,
          threshold: 4,
          perturbed: true,
          smallestPublishedValue: 5,
        });
      }),
    );
  });

  it('gives the same people the same value however the table is shaped', () => {
    fc.assert(
      fc.property(keyedDeliveries, fc.constantFrom(...SEXES), fc.constantFrom(...GROUPS), (deliveries, sex, group) => {
        const bySexGroup = publish(keyedUniqueReach(deliveries, { by: ['sex', 'populationGroup'] }));
        const byGroupSex = publish(keyedUniqueReach(deliveries, { by: ['populationGroup', 'sex'] }));
        const filtered = publish(
          keyedUniqueReach(
            deliveries.filter((d) => d.sex === sex && d.populationGroup === group),
            { by: [] },
          ),
        );
        const a = bySexGroup.rows.findIndex(([s]) => s === sex);
        const b = bySexGroup.columns.indexOf(group);
        if (a < 0 || b < 0) return;
        const one = valueOf(bySexGroup.cells[a]![b]!);
        const two = valueOf(
          byGroupSex.cells[byGroupSex.rows.findIndex(([g]) => g === group)]![byGroupSex.columns.indexOf(sex)]!,
        );
        expect(two).toBe(one);
        expect(valueOf(filtered.grandTotal)).toBe(one);
      }),
    );
  });

  it('adds noise of mean 0 over uniform cell keys', () => {
    for (let count = 0; count <= 40; count++) {
      // Exact expectation over the key intervals.
      const row = table.rows[Math.min(count, table.rows.length - 1)]!;
      const mean = row.noises.reduce((sum, n) => sum + (n.upper - n.lower) * n.noise, 0);
      expect(Math.abs(mean)).toBeLessThan(1e-8);
      // And by sampling publishCount itself.
      let total = 0;
      const samples = 20_000;
      for (let i = 0; i < samples; i++)
        total += valueOf(publishCount(count, (i + 0.5) / samples, { ptable: table }))! - count;
      expect(Math.abs(total / samples)).toBeLessThan(0.01);
    }
  });

  it('withholds a positive count whose key is unknown, with the one reason there is', () => {
    expect(publishCount(7, null)).toEqual({ hidden: true, reason: 'protected' });
    expect(publishCount(0, null)).toEqual({ hidden: false, value: 0 });
    expect(() => publishCount(-1, 0.5)).toThrow(/non-negative integer/);
  });
});

describe('ages on `at` for people born after it', () => {
  it('counts them with the people whose age is not known, instead of refusing the table', () => {
    const reach = uniqueReach(
      [
        { beneficiaryId: 'a', dateOfBirth: '2030-01-01' },
        { beneficiaryId: 'b', dateOfBirth: null },
        { beneficiaryId: 'c', dateOfBirth: '2000-01-01' },
      ],
      { by: ['ageBracket'], at: '2024-12-31' },
    );
    expect(reach.rows).toEqual([['18-59'], ['not_recorded']]);
    expect(reach.cells).toEqual([[1], [2]]);
  });
});

describe('completeCategories', () => {
  it('lists every code of a dimension with not_recorded last, so a table has the same shape whatever the data', async () => {
    const { completeCategories } = await import('./category-order');
    expect(completeCategories('ageBracket')).toEqual(['0-5', '6-17', '18-59', '60+', 'not_recorded']);
    expect(completeCategories('governorate')).toHaveLength(19);
    expect(
      completeCategories('district', { withinArea: 'IQG10' }).every(
        (code) => code.startsWith('IQG10') || code === 'not_recorded',
      ),
    ).toBe(true);
    expect(completeCategories('governorate', { withinArea: 'IQG10Q05' })).toEqual(['IQG10', 'not_recorded']);
    const sexes = completeCategories('sex');
    expect(new Set(sexes).size).toBe(sexes.length);
    expect(sexes[sexes.length - 1]).toBe('not_recorded');
  });
});
