// Benchmark (not a test): import throughput and peak memory of a synthetic DTM master
// list of 100,000 rows (3,000 locations x 34 rounds, capped), into PGlite and, when
// DATABASE_URL is set, into a fresh PostgreSQL database; then the time of displacement
// series queries over the imported figures.
// Run: pnpm --filter @crc/dtm run bench   (or pnpm bench:dtm at the root; builds first)
// Each database runs in its own process so that its peak RSS is its own.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const ROWS = 100_000;
const LOCATIONS = 3_000;
const MB = 1024 * 1024;
const print = (line) => process.stdout.write(`${line}\n`);

/** Deterministic pseudo-random numbers (mulberry32): every run measures the same file. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An HXL-tagged IDP list: one row per location and round, sub-district p-codes, a tenth of the rows by district name. */
async function writeMasterList(path) {
  const { areasAtLevel, getArea } = await import('@crc/domain');
  const subdistricts = areasAtLevel('subdistrict');
  const next = random(7);
  const locations = Array.from({ length: LOCATIONS }, (_, index) => {
    const area = subdistricts[Math.floor(next() * subdistricts.length)];
    return {
      code: `IQ-LOC-${String(index).padStart(5, '0')}`,
      area,
      district: getArea(area.parentPcode),
      size: 50 + Math.floor(next() * 5000),
    };
  });
  const lines = [
    'Sub-district code,District,Location ID,Location,Families,Individuals,Date,Round',
    '#adm3+code,#adm2+name,#loc+code,#loc+name,#affected+idps+hh,#affected+idps+ind,#date+reported,#round+code',
  ];
  const rounds = Math.ceil(ROWS / LOCATIONS);
  let written = 0;
  for (let round = 1; round <= rounds && written < ROWS; round++) {
    const date = new Date(Date.UTC(2015, 0, 31) + round * 61 * 86_400_000).toISOString().slice(0, 10);
    for (const location of locations) {
      if (written >= ROWS) break;
      const individuals = Math.max(0, Math.round(location.size * (1 - round / (rounds * 1.5)) * (0.9 + next() * 0.2)));
      const byName = written % 10 === 0;
      lines.push(
        [
          byName ? '' : location.area.pcode,
          byName ? `"${location.district.names.en}"` : '',
          location.code,
          `Location ${location.code}`,
          Math.floor(individuals / 6),
          individuals,
          date,
          round,
        ].join(','),
      );
      written += 1;
    }
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
  return written;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Rounds of the interleaved comparison: each round runs the import and its reference back to back. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

async function emptyFigures(db) {
  await db.sql.query('DELETE FROM displacement_figure');
  await db.sql.exec('VACUUM displacement_figure');
}

async function child(kind, file) {
  const { createDb, loadReferenceData } = await import('@crc/db');
  const { importMasterList } = await import('../dist/index.js');
  let url = 'memory://';
  let drop = async () => undefined;
  if (kind === 'postgresql') {
    const { createTestDatabase } = await import('@crc/db/testing');
    const testDb = await createTestDatabase();
    url = testDb.url;
    drop = () => testDb.drop();
  }
  const db = await createDb(url, { migrate: true });
  try {
    await loadReferenceData(db.prisma);
    // Interleaved (issue 13): in every round the import and the reference it is compared
    // with run back to back on an emptied table, so both see the same machine load.
    const rounds = [];
    let text;
    for (let round = 0; round < ROUNDS; round += 1) {
      await emptyFigures(db);
      const imports = [];
      for (const label of ['first import', 're-import (unchanged)']) {
        const started = performance.now();
        const result = await importMasterList(db, file, { today: '2026-11-22' });
        imports.push({ label, seconds: (performance.now() - started) / 1000, counts: result.counts });
      }
      text ??= await referenceText(db);
      await emptyFigures(db);
      const reference = await copyReference(db, text);
      rounds.push({ imports, reference, load: loadavg()[0] });
    }
    const series = {
      governorate: `SELECT round, sum(individuals)::int AS individuals FROM displacement_figure
                    WHERE population_group = 'idp' AND area_pcode LIKE 'IQG15%' GROUP BY round ORDER BY round`,
      national: `SELECT left(area_pcode, 5) AS governorate, round, sum(individuals)::int AS individuals FROM displacement_figure
                 WHERE population_group = 'idp' GROUP BY 1, 2 ORDER BY 1, 2`,
    };
    const timings = {};
    for (const [name, sql] of Object.entries(series)) {
      await db.sql.query(sql);
      const runs = [];
      let rows = 0;
      for (let i = 0; i < 5; i++) {
        const started = performance.now();
        rows = (await db.sql.query(sql)).length;
        runs.push(performance.now() - started);
      }
      timings[name] = { ms: median(runs), rows };
    }
    process.stdout.write(JSON.stringify({ kind, rounds, timings, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
  } finally {
    await db.close();
    await drop();
  }
}

const COPY_COLUMNS = [
  'source',
  'area_pcode',
  'level',
  'location_code',
  'location_name',
  'location_key',
  'round',
  'reporting_date',
  'population_group',
  'origin',
  'displacement_reason',
  'shelter_type',
  'individuals',
  'households',
  'males',
  'females',
  'source_ref',
  'import_batch_id',
];
const NATURAL_KEY =
  'source, area_pcode, location_key, round, reporting_date, population_group, origin, displacement_reason, shelter_type';

/** The imported figures in COPY text: the rows the reference writes. */
async function referenceText(db) {
  const { copyText } = await import('@crc/db');
  const rows = await db.sql.query(
    `SELECT ${COPY_COLUMNS.map((c) => `${c}::text AS ${c}`).join(', ')} FROM displacement_figure`,
  );
  return { text: copyText(rows.map((row) => COPY_COLUMNS.map((column) => row[column]))), rows: rows.length };
}

/**
 * The reference the import is measured against (issue 13): the same rows, already in
 * COPY text, copied into a staging table and upserted with INSERT ... ON CONFLICT, in
 * one transaction, by hand: once into an emptied table (first), once unchanged.
 */
async function copyReference(db, { text, rows }) {
  const upsert = `INSERT INTO displacement_figure AS f (${COPY_COLUMNS.join(', ')}) SELECT ${COPY_COLUMNS.join(', ')} FROM reference_staging
    ON CONFLICT (${NATURAL_KEY}) DO UPDATE SET individuals = excluded.individuals, households = excluded.households, updated_at = now()
    WHERE (f.level, f.location_code, f.location_name, f.individuals, f.households, f.males, f.females)
      IS DISTINCT FROM (excluded.level, excluded.location_code, excluded.location_name, excluded.individuals, excluded.households, excluded.males, excluded.females)`;
  const results = [];
  for (const label of ['COPY + upsert, first', 'COPY + upsert, unchanged']) {
    const started = performance.now();
    await db.sql.transaction(async (tx) => {
      await tx.query(
        `CREATE TEMPORARY TABLE reference_staging AS SELECT ${COPY_COLUMNS.join(', ')} FROM displacement_figure WITH NO DATA`,
      );
      await tx.copyInto('reference_staging', COPY_COLUMNS, text);
      await tx.query(upsert);
      await tx.query('DROP TABLE reference_staging');
    });
    results.push({ label, seconds: (performance.now() - started) / 1000, rows });
  }
  return results;
}

async function main() {
  if (process.argv[2] === 'child') return child(process.argv[3], process.argv[4]);
  const dir = mkdtempSync(join(tmpdir(), 'crc-dtm-bench-'));
  try {
    const file = join(dir, 'idp-master-list.csv');
    const rows = await writeMasterList(file);
    print(
      `@crc/dtm benchmark: ${rows.toLocaleString('en-US')} rows (${LOCATIONS.toLocaleString('en-US')} locations x rounds), node ${process.version}`,
    );
    const kinds = ['pglite', ...(process.env.DATABASE_URL ? ['postgresql'] : [])];
    if (!process.env.DATABASE_URL) print('(set DATABASE_URL to a PostgreSQL server to measure PostgreSQL too)');
    print('');
    print(
      `interleaved: ${ROUNDS} rounds per database, each the import (first, unchanged) then its reference (first, unchanged)`,
    );
    print('database    round  run                      rows/s     time   inserted  unchanged   load');
    const queries = [];
    for (const kind of kinds) {
      const output = execFileSync(
        process.execPath,
        ['--expose-gc', fileURLToPath(import.meta.url), 'child', kind, file],
        { encoding: 'utf8', maxBuffer: 16 * MB },
      );
      const report = JSON.parse(output.slice(output.lastIndexOf('{"kind"')));
      const rate = (rows, seconds) => rows / seconds;
      const ratios = { first: [], unchanged: [] };
      report.rounds.forEach((round, index) => {
        for (const result of round.imports) {
          print(
            `${kind.padEnd(11)} ${String(index + 1).padStart(5)}  ${result.label.padEnd(22)} ${Math.round(rate(result.counts.read, result.seconds)).toLocaleString('en-US').padStart(8)} ${`${result.seconds.toFixed(2)} s`.padStart(8)} ${String(result.counts.inserted).padStart(10)} ${String(result.counts.unchanged).padStart(10)}  ${round.load.toFixed(2)}`,
          );
        }
        for (const result of round.reference) {
          print(
            `${kind.padEnd(11)} ${String(index + 1).padStart(5)}  ${result.label.padEnd(22)} ${Math.round(rate(result.rows, result.seconds)).toLocaleString('en-US').padStart(8)} ${`${result.seconds.toFixed(2)} s`.padStart(8)}   (reference)`,
          );
        }
        const [first, unchanged] = round.imports;
        const [firstReference, unchangedReference] = round.reference;
        ratios.first.push(rate(first.counts.read, first.seconds) / rate(firstReference.rows, firstReference.seconds));
        ratios.unchanged.push(
          rate(unchanged.counts.read, unchanged.seconds) / rate(unchangedReference.rows, unchangedReference.seconds),
        );
      });
      const list = (values) => values.map((value) => value.toFixed(2)).join(' ');
      print(
        `${kind.padEnd(11)} ratio to COPY + upsert (per round; median): first import ${list(ratios.first)}; ${median(ratios.first).toFixed(2)} (target >= 0.75), unchanged re-import ${list(ratios.unchanged)}; ${median(ratios.unchanged).toFixed(2)} (target >= 0.75); peak RSS ${Math.round(report.maxRssMb)} MB`,
      );
      queries.push([kind, report.timings]);
    }
    print('');
    print('displacement series query (median of 5)');
    for (const [kind, timings] of queries) {
      print(
        `${kind.padEnd(11)} Ninewa by round: ${timings.governorate.ms.toFixed(1)} ms (${timings.governorate.rows} rounds); every governorate by round: ${timings.national.ms.toFixed(1)} ms (${timings.national.rows} rows)`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
