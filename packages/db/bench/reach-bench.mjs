// Benchmark (not a test): reach over 1,000,000 deliveries (200,000 people) counted by
// reachInSql, against DuckDB in memory on the same rows exported from the database.
// Prints, for each table, the median time of each side (timed interleaved: one run of each
// side in turn, RUNS rounds), their ratio and the median of the per-round ratios, and checks
// that both give the same cells, totals and cell keys. Issue 13's targets: by governorate ×
// sex × age bracket within 1.5× of DuckDB; by sex alone under 200 ms.
// Run: pnpm bench reach (root; starts a PostgreSQL when DATABASE_URL is unset), or
// pnpm --filter @crc/db bench:reach with DATABASE_URL set. BENCH_PEOPLE overrides 200,000.
import os from 'node:os';
import process from 'node:process';
import { performance } from 'node:perf_hooks';
import { DuckDBInstance } from '@duckdb/node-api';
import { loadReferenceData, reachInSql } from '../dist/index.js';
import { createTestDatabase, insertSyntheticPopulation } from '../dist/testing/index.js';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 200_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const AT = '2024-12-31';
const RESOLUTION = 4294967296;
const print = (line) => process.stdout.write(`${line}\n`);
const load = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * The sides of one table timed interleaved: one warm-up run of each, then RUNS rounds in
 * which every side runs once, in turn, so that a change of load on the shared machine
 * falls on all of them alike. Returns, per side, the median, min and max, the last result,
 * and the median of the per-round ratios to the first side.
 */
async function interleaved(sides) {
  const results = [];
  for (const side of sides) results.push(await side.run());
  const ms = sides.map(() => []);
  for (let round = 0; round < RUNS; round++) {
    for (const [i, side] of sides.entries()) {
      const start = performance.now();
      results[i] = await side.run();
      ms[i].push(performance.now() - start);
    }
  }
  return sides.map((side, i) => ({
    name: side.name,
    ms: median(ms[i]),
    min: Math.min(...ms[i]),
    max: Math.max(...ms[i]),
    result: results[i],
    roundRatio: median(ms[0].map((ours, round) => ours / ms[i][round])),
  }));
}

if (!process.env.DATABASE_URL) {
  print(
    'reach bench: DATABASE_URL is not set; run `pnpm bench reach` from the root (it starts a PostgreSQL) or set it.',
  );
  process.exit(2);
}

// Codes as reach-dimension-sql.ts defines them (DEFAULT_AGE_BRACKETS 0-5, 6-17, 18-59, 60+;
// not_recorded), over rows that carry `span`: `at − birth` in yyyymmdd numbers.
const CODES = {
  governorate: `CASE WHEN length(area_pcode) >= 5 THEN left(area_pcode, 5) ELSE 'not_recorded' END`,
  sex: `coalesce(sex, 'not_recorded')`,
  ageBracket: `CASE WHEN span IS NULL OR span < 0 THEN 'not_recorded' WHEN span < 60000 THEN '0-5' WHEN span < 180000 THEN '6-17' WHEN span < 600000 THEN '18-59' ELSE '60+' END`,
};
const WITH_SPAN = (from) =>
  `(SELECT *, ${AT.replaceAll('-', '')} - (year(birth_date) * 10000 + month(birth_date) * 100 + day(birth_date)) AS span FROM ${from})`;

/** The grouping sets of reach-grouping-sets.ts, as SQL, each with the `extra` columns. */
function groupingSets(columns, extra = []) {
  const n = columns.length;
  const sets = n === 1 ? [columns, []] : [columns, columns.slice(0, -1), [columns[n - 1]], []];
  return sets.map((set) => `(${[...set, ...extra].join(', ')})`).join(', ');
}

/**
 * The reference queries in DuckDB, over the exported delivery rows (one per delivery, the
 * person's attributes on each); the faster one is the reference:
 * - per person first, as reachInSql does for person-level tables;
 * - per person and cell with GROUPING SETS including the person (any dimensions).
 */
function duckQueries(by) {
  const columns = by.map((_, i) => `d${i}`).join(', ');
  const codes = by.map((dimension, i) => `${CODES[dimension]} AS d${i}`).join(', ');
  const keyOf = (column) => `(sum(${column}) % ${RESOLUTION})::DOUBLE / ${RESOLUTION} AS cell_key`;
  const personFirst = `
    WITH persons AS (
      SELECT person, count(*) AS n, any_value(key_step) AS key_step, any_value(area_pcode) AS area_pcode, any_value(sex) AS sex, any_value(birth_date) AS birth_date
      FROM deliveries GROUP BY person),
    cells AS (SELECT ${codes}, count(*) AS people, sum(n) AS n, sum(key_step) AS key_steps FROM ${WITH_SPAN('persons')} GROUP BY ALL)
    SELECT ${columns}, GROUPING(${columns}) AS grouping_mask, sum(people)::INTEGER AS people, sum(n)::BIGINT AS deliveries, ${keyOf('key_steps')}
    FROM cells GROUP BY GROUPING SETS (${groupingSets(by.map((_, i) => `d${i}`))})`;
  const perCell = `
    WITH base AS (SELECT person, key_step, ${codes}, count(*) AS n FROM ${WITH_SPAN('deliveries')} GROUP BY ALL),
    person_rows AS (
      SELECT ${columns}, GROUPING(${columns}) AS grouping_mask, person, key_step, sum(n) AS n
      FROM base GROUP BY GROUPING SETS (${groupingSets(
        by.map((_, i) => `d${i}`),
        ['person', 'key_step'],
      )}))
    SELECT ${columns}, grouping_mask, count(*)::INTEGER AS people, sum(n)::BIGINT AS deliveries, ${keyOf('key_step')}
    FROM person_rows GROUP BY ALL`;
  return { 'person first': personFirst, 'per person and cell': perCell };
}

/** Every figure of a reach table as "codes → people/key", for comparing the two sides. */
function figuresOfTable(table) {
  const figures = new Map();
  table.rows.forEach((row, r) =>
    table.columns.forEach((column, c) => {
      if (table.cells[r][c] > 0)
        figures.set(
          `cell ${[...row, ...(table.columnDimension ? [column] : [])].join('/')}`,
          `${table.cells[r][c]}/${table.cellKeys[r][c]}`,
        );
    }),
  );
  figures.set('grand', `${table.grandTotal}/${table.grandTotalKey}`);
  return figures;
}

function figuresOfRows(rows, n) {
  const figures = new Map();
  for (const row of rows) {
    if (Number(row.grouping_mask) === 0)
      figures.set(
        `cell ${Array.from({ length: n }, (_, i) => row[`d${i}`]).join('/')}`,
        `${row.people}/${row.cell_key}`,
      );
    if (Number(row.grouping_mask) === (1 << n) - 1) figures.set('grand', `${row.people}/${row.cell_key}`);
  }
  return figures;
}

const testDb = await createTestDatabase();
const db = await testDb.open();
const duck = await (await DuckDBInstance.create(':memory:')).connect();
try {
  await loadReferenceData(db.prisma);
  const seedStart = performance.now();
  const { deliveries } = await insertSyntheticPopulation(db.prisma, { people: PEOPLE, maxDeliveriesPerPerson: 9 });
  print(
    `database: ${db.description}; ${PEOPLE.toLocaleString('en')} people, ${deliveries.toLocaleString('en')} deliveries, seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
  );

  // The same rows, exported for DuckDB: one per delivery, with the person's attributes.
  const exportStart = performance.now();
  await duck.run(
    `CREATE TABLE deliveries (person VARCHAR, key_step BIGINT, sex VARCHAR, birth_date DATE, area_pcode VARCHAR, population_group VARCHAR, service_type VARCHAR, delivered_on DATE)`,
  );
  const appender = await duck.createAppender('deliveries');
  let last = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await db.prisma.$queryRaw`
      SELECT sd.id::text AS id, sd.beneficiary_id::text AS person, (b.record_key * ${RESOLUTION}::float8)::bigint::text AS key_step, b.sex,
        to_char(b.birth_date, 'YYYY-MM-DD') AS birth_date, b.area_pcode, b.population_group, sd.service_type, to_char(sd.delivered_on, 'YYYY-MM-DD') AS delivered_on
      FROM service_delivery sd JOIN beneficiary b ON b.id = sd.beneficiary_id
      WHERE sd.id > ${last}::uuid ORDER BY sd.id LIMIT 100000`;
    if (rows.length === 0) break;
    for (const row of rows) {
      appender.appendVarchar(row.person);
      appender.appendBigInt(BigInt(row.key_step));
      for (const value of [
        row.sex,
        row.birth_date,
        row.area_pcode,
        row.population_group,
        row.service_type,
        row.delivered_on,
      ]) {
        if (value === null) appender.appendNull();
        else appender.appendVarchar(value); // DATE columns take their ISO text
      }
      appender.endRow();
    }
    last = rows.at(-1).id;
  }
  appender.closeSync();
  const exported = Number((await duck.runAndReadAll('SELECT count(*) AS n FROM deliveries')).getRowObjects()[0].n);
  if (exported !== deliveries)
    throw new Error(`exported ${exported} rows for DuckDB, the database holds ${deliveries}`);
  const threads = (await duck.runAndReadAll(`SELECT current_setting('threads') AS t`)).getRowObjects()[0].t;
  print(
    `exported ${exported.toLocaleString('en')} rows to DuckDB (in memory, ${threads} threads) in ${((performance.now() - exportStart) / 1000).toFixed(1)} s`,
  );
  print(
    `load average before timing: ${load()} (${os.cpus().length} cores); median of ${RUNS} interleaved rounds (reachInSql, then each DuckDB query) after a warm-up`,
  );
  print('');
  print(
    'table                          reachInSql (min-max)        DuckDB (min-max)            ratio   per-round  target',
  );

  const tables = [
    {
      by: ['governorate', 'sex', 'ageBracket'],
      target: (ours, duckMs) => `${ours.ms <= 1.5 * duckMs ? 'met' : 'NOT met'} (≤ 1.5× DuckDB)`,
    },
    { by: ['sex'], target: (ours) => `${ours.ms < 200 ? 'met' : 'NOT met'} (< 200 ms)` },
  ];
  let mismatches = 0;
  for (const { by, target } of tables) {
    const [ours, ...duckRuns] = await interleaved([
      { name: 'reachInSql', run: () => reachInSql(db.prisma, { by, at: AT }) },
      ...Object.entries(duckQueries(by)).map(([name, sql]) => ({
        name,
        run: async () => (await duck.runAndReadAll(sql)).getRowObjects(),
      })),
    ]);
    const mine = figuresOfTable(ours.result);
    for (const run of duckRuns) {
      const theirs = figuresOfRows(run.result, by.length);
      const differing = [...new Set([...mine.keys(), ...theirs.keys()])].filter(
        (key) => mine.get(key) !== theirs.get(key),
      );
      if (differing.length > 0) {
        mismatches += 1;
        print(
          `  DuckDB (${run.name}) and reachInSql differ on ${differing.length} figures, e.g. ${differing[0]}: ${mine.get(differing[0])} against ${theirs.get(differing[0])}`,
        );
      }
    }
    // The faster DuckDB query is the reference.
    const best = duckRuns.reduce((a, b) => (b.ms < a.ms ? b : a));
    const range = (run) => `${run.ms.toFixed(0)} ms (${run.min.toFixed(0)}-${run.max.toFixed(0)})`.padEnd(28);
    print(
      `${by.join(' × ').padEnd(31)}${range(ours)}${range(best)}${(ours.ms / best.ms).toFixed(2).padStart(5)}×  ${best.roundRatio.toFixed(2).padStart(6)}×   ${target(ours, best.ms)}; DuckDB: ${best.name}`,
    );
  }
  print(`load average after timing: ${load()}`);
  if (mismatches > 0) process.exitCode = 1;
} finally {
  duck.closeSync();
  await db.close();
  await testDb.drop();
}
