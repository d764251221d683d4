// Benchmark (not a test) of disclosure control over the SQL figures, printing two figures:
// 1. the mean absolute error of published (perturbed) cells against true cells, by cell size;
// 2. the time the engine adds to `reach` over a 1M-delivery dataset: the SQL cell keys
//    (reachInSql against the same query counting people only) and `publish` itself.
// Run: pnpm bench:disclosure (builds first). Uses DATABASE_URL (PostgreSQL) when set, else PGlite.
import process from 'node:process';
import { performance } from 'node:perf_hooks';
import { defaultPerturbationTable, publish } from '@crc/metrics';
import { loadReferenceData, reachInSql } from '../dist/index.js';
import { createTestDatabase, insertSyntheticPopulation } from '../dist/testing/index.js';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 500_000);
const print = (line) => process.stdout.write(`${line}\n`);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function timed(run, times = 3) {
  const ms = [];
  let result;
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    result = await run();
    ms.push(performance.now() - start);
  }
  return { ms: median(ms), first: ms[0], result };
}

/**
 * The reach query as it was before cell keys (COUNT(DISTINCT person) per grouping set), for
 * comparison only: same CTE of one row per person and cell, no record keys.
 */
const COUNT_ONLY_REACH = `
  WITH base AS (
    SELECT sd.beneficiary_id AS person,
      CASE WHEN length(b.area_pcode) >= 5 THEN left(b.area_pcode, 5) ELSE 'not_recorded' END AS d0,
      COALESCE(b.sex, 'not_recorded') AS d1,
      CASE WHEN age.years IS NULL OR age.years < 0 THEN 'not_recorded'
           WHEN age.years BETWEEN 0 AND 5 THEN '0-5' WHEN age.years BETWEEN 6 AND 17 THEN '6-17'
           WHEN age.years BETWEEN 18 AND 59 THEN '18-59' ELSE '60+' END AS d2,
      COUNT(*) AS n
    FROM service_delivery sd
    JOIN beneficiary b ON b.id = sd.beneficiary_id
    LEFT JOIN project p ON p.id = sd.project_id
    CROSS JOIN LATERAL (SELECT (EXTRACT(YEAR FROM DATE '2024-12-31') - EXTRACT(YEAR FROM b.birth_date)
      - CASE WHEN (12, 31) < (EXTRACT(MONTH FROM b.birth_date), EXTRACT(DAY FROM b.birth_date)) THEN 1 ELSE 0 END)::int AS years) AS age
    GROUP BY 1, 2, 3, 4)
  SELECT d0, d1, d2, GROUPING(d0, d1, d2)::int AS grouping_mask, COUNT(DISTINCT person)::int AS people, COALESCE(SUM(n), 0)::bigint AS deliveries
  FROM base GROUP BY GROUPING SETS ((d0, d1, d2), (d0, d1), (d2), ())`;

const SIZE_BUCKETS = [
  [0, 0],
  [1, 1],
  [2, 2],
  [3, 3],
  [4, 4],
  [5, 9],
  [10, 19],
  [20, 49],
  [50, 99],
  [100, 999],
  [1000, Infinity],
];

const testDb = await createTestDatabase();
const db = await testDb.open();
try {
  await loadReferenceData(db.prisma);
  const generated = await timed(() => insertSyntheticPopulation(db.prisma, { people: PEOPLE }), 1);
  const { deliveries, centreIds } = generated.result;
  print(
    `database: ${process.env.DATABASE_URL ? 'postgresql' : 'pglite'}; ${PEOPLE} people, ${deliveries} deliveries (generated in SQL in ${(generated.ms / 1000).toFixed(1)} s)`,
  );

  // 1. Mean absolute error by true cell size: every cell and total of tables by
  //    sub-district × sex × age bracket, per centre and month.
  const ptable = defaultPerturbationTable();
  const errors = SIZE_BUCKETS.map(() => ({ n: 0, absolute: 0, signed: 0 }));
  let figures = 0;
  for (const centreId of centreIds) {
    for (let month = 1; month <= 12; month++) {
      const from = `2024-${String(month).padStart(2, '0')}-01`;
      const to = new Date(Date.UTC(2024, month, 0)).toISOString().slice(0, 10);
      const table = await reachInSql(db.prisma, {
        filter: { centreId, from, to },
        by: ['subdistrict', 'sex', 'ageBracket'],
        at: to,
      });
      const published = publish(table, { ptable });
      const pairs = [
        ...table.cells.flatMap((row, r) => row.map((count, c) => [count, published.cells[r][c]])),
        ...table.rowTotals.map((count, r) => [count, published.rowTotals[r]]),
        ...table.columnTotals.map((count, c) => [count, published.columnTotals[c]]),
        [table.grandTotal, published.grandTotal],
      ];
      for (const [count, figure] of pairs) {
        const bucket = SIZE_BUCKETS.findIndex(([low, high]) => count >= low && count <= high);
        const error = figure.value - count;
        errors[bucket].n += 1;
        errors[bucket].absolute += Math.abs(error);
        errors[bucket].signed += error;
        figures += 1;
      }
    }
  }
  print(
    `\n1. Mean absolute error of published against true figures, by true size (${figures} cells and totals, ${centreIds.length * 12} tables sub-district × sex × age per centre and month; D = ${ptable.parameters.maxNoise}, V = ${ptable.parameters.variance}, js = ${ptable.parameters.threshold})`,
  );
  print('true size    figures   mean |error|   mean error   expected |error| (ptable)');
  SIZE_BUCKETS.forEach(([low, high], i) => {
    const { n, absolute, signed } = errors[i];
    if (n === 0) return;
    const label = low === high ? String(low) : high === Infinity ? `${low}+` : `${low}-${high}`;
    const expected =
      low === high || low >= ptable.rows.length
        ? ptable.rows[Math.min(low, ptable.rows.length - 1)].meanAbsoluteNoise.toFixed(2)
        : '';
    print(
      `${label.padEnd(10)} ${String(n).padStart(9)} ${(absolute / n).toFixed(3).padStart(14)} ${(signed / n).toFixed(3).padStart(12)} ${expected.padStart(28)}`,
    );
  });

  // 2. Time the engine adds to reach over the whole dataset.
  const by = ['governorate', 'sex', 'ageBracket'];
  const counted = await timed(() => db.prisma.$queryRawUnsafe(COUNT_ONLY_REACH));
  const keyed = await timed(() => reachInSql(db.prisma, { by, at: '2024-12-31' }));
  const table = keyed.result;
  const engine = await timed(() => publish(table, { ptable }), 21);
  const cells = table.rows.length * table.columns.length;
  print(
    `\n2. Time added to reach over ${deliveries} deliveries (${table.grandTotal} people), by governorate × sex × age bracket (${cells} cells); median of 3 (first run)`,
  );
  print(
    `   reach SQL counting people only (before cell keys): ${counted.ms.toFixed(0)} ms (${counted.first.toFixed(0)} ms)`,
  );
  print(
    `   reachInSql with the cell key of every figure:       ${keyed.ms.toFixed(0)} ms (${keyed.first.toFixed(0)} ms)`,
  );
  print(
    `   publish (perturbation of ${cells + table.rows.length + table.columns.length + 1} figures):            ${engine.ms.toFixed(2)} ms`,
  );
  print(
    `   added by disclosure control: ${(keyed.ms - counted.ms + engine.ms).toFixed(0)} ms (${(((keyed.ms + engine.ms) / counted.ms - 1) * 100).toFixed(0)} %)`,
  );
  const check = await db.prisma.$queryRawUnsafe(COUNT_ONLY_REACH);
  const grand = check.find((row) => row.grouping_mask === 7);
  if (grand.people !== table.grandTotal)
    throw new Error(`the two queries disagree: ${grand.people} and ${table.grandTotal} people`);
} finally {
  await db.close();
  await testDb.drop();
}
