// Benchmark (not a test) of issue 14: 100,000 registrations (about 25,000 households) from a
// CSV file imported with duplicate detection against 1,000,000 people already registered, on
// PostgreSQL. Prints rows per second, peak memory and the duplicate search time per row, and
// the plan of the duplicate search (it must be an index range scan, not a scan of everyone).
// Run: pnpm --filter @crc/intake bench  (builds first). Needs DATABASE_URL (a PostgreSQL server);
// it creates (and at the end drops) its own database crc_bench_intake on it.
// Options: --registrations 100000 --existing 1000000 --dry-run --keep (keep the database and reuse its people).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { performance } from 'node:perf_hooks';
import { clearInterval, setInterval } from 'node:timers';
import { URL } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';

const { values } = parseArgs({
  options: {
    registrations: { type: 'string', default: '100000' },
    existing: { type: 'string', default: '1000000' },
    'dry-run': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const REGISTRATIONS = Number(values.registrations);
const EXISTING = Number(values.existing);
const MB = 1024 * 1024;
const print = (line) => process.stdout.write(`${line}\n`);
const serverUrl = process.env.DATABASE_URL;
if (!serverUrl?.startsWith('postgres')) {
  print(
    'bench: set DATABASE_URL to a PostgreSQL server (e.g. postgresql://postgres@127.0.0.1:5432/postgres); the benchmark creates its own database there',
  );
  process.exit(2);
}
const DATABASE = 'crc_bench_intake';
const url = (() => {
  const parsed = new URL(serverUrl);
  parsed.pathname = `/${DATABASE}`;
  return parsed.toString();
})();

const { createDb, loadReferenceData, systemActor } = await import('@crc/db');
const { areasAtLevel, nameKey } = await import('@crc/domain');
const { fileSource, importRegistrations, seededRandom, FAMILY_NAMES, FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } =
  await import('../dist/index.js').then(async (main) => ({ ...main, ...(await import('../dist/testing/index.js')) }));

let peakRss = 0;
let peakHeap = 0;
const sampler = setInterval(() => {
  const usage = process.memoryUsage();
  peakRss = Math.max(peakRss, usage.rss);
  peakHeap = Math.max(peakHeap, usage.heapUsed);
}, 50);

async function admin(sql) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

// Sub-districts of all 18 governorates (294), as a country-wide registry would spread its people.
const DISTRICTS = areasAtLevel('subdistrict').map((area) => area.pcode);
const SCRIPT = (random) => (random() < 0.55 ? 0 : 1);
const pickFrom = (random, list) => list[Math.floor(random() * list.length)];

async function registeredPeople(db, centreId) {
  const [{ count }] = await db.sql.query('SELECT count(*)::int AS count FROM beneficiary');
  if (count >= EXISTING) return count;
  // Name keys folded once per name part here (@crc/domain nameKey), combined in SQL: one INSERT ... SELECT.
  const given = [...MALE_GIVEN_NAMES, ...FEMALE_GIVEN_NAMES].flatMap(([ar, en]) => [nameKey(ar), nameKey(en)]);
  const family = FAMILY_NAMES.flatMap(([ar, en]) => [nameKey(ar), nameKey(en)]);
  const started = performance.now();
  for (let from = count; from < EXISTING; from += 200_000) {
    const to = Math.min(EXISTING, from + 200_000);
    await db.sql.query(
      `INSERT INTO beneficiary (registration_centre_id, area_pcode, given_name, family_name, name_key, birth_date, sex, population_group, registered_on)
       SELECT $1::uuid, ($2::text[])[1 + abs(hashtext(g || 'a')) % cardinality($2::text[])],
              'Registered ' || g, 'Person',
              ($3::text[])[1 + abs(hashtext(g || 'g')) % cardinality($3::text[])] || ' ' || ($3::text[])[1 + abs(hashtext(g || 'f')) % cardinality($3::text[])] || ' ' || ($4::text[])[1 + abs(hashtext(g || 'n')) % cardinality($4::text[])],
              date '1950-01-01' + abs(hashtext(g || 'd')) % 27000,
              CASE WHEN abs(hashtext(g || 's')) % 2 = 0 THEN 'female' ELSE 'male' END, 'idp', date '2024-06-01'
         FROM generate_series($5::int, $6::int) AS g`,
      [centreId, DISTRICTS, given, family, from + 1, to],
    );
    print(
      `  registered people: ${to.toLocaleString('en-US')} (${((performance.now() - started) / 1000).toFixed(0)} s)`,
    );
  }
  await db.sql.query('ANALYZE beneficiary');
  return EXISTING;
}

/** ~4 people a household, one row per person; one household in a hundred repeats an earlier head in the other script. */
function registrationsCsv(path) {
  const random = seededRandom(100_000);
  const lines = [
    'household_id,district,population_group,relationship,given_name,father_name,family_name,sex,date_of_birth,consent',
  ];
  let rows = 0;
  const heads = [];
  for (let h = 1; rows < REGISTRATIONS; h++) {
    const district = pickFrom(random, DISTRICTS);
    const script = SCRIPT(random);
    const family = pickFrom(random, FAMILY_NAMES);
    const size = Math.min(REGISTRATIONS - rows, 1 + Math.floor(random() * 7));
    const repeat = h > 100 && h % 100 === 0 ? heads[Math.floor(random() * heads.length)] : undefined;
    for (let m = 0; m < size; m++) {
      const male = m === 0 ? random() < 0.75 : random() < 0.5;
      const relationship = m === 0 ? 'head' : m === 1 ? 'spouse' : 'child';
      const year = relationship === 'child' ? 2005 + Math.floor(random() * 19) : 1955 + Math.floor(random() * 45);
      const dob = `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
      let person = [
        pickFrom(random, male ? MALE_GIVEN_NAMES : FEMALE_GIVEN_NAMES)[script],
        pickFrom(random, MALE_GIVEN_NAMES)[script],
        family[script],
        male ? 'male' : 'female',
        dob,
      ];
      let where = district;
      if (m === 0 && repeat) {
        person = [
          repeat.parts[0][1 - repeat.script],
          repeat.parts[1][1 - repeat.script],
          repeat.parts[2][1 - repeat.script],
          repeat.sex,
          repeat.dob,
        ];
        where = repeat.district;
      }
      if (m === 0 && !repeat && heads.length < 5000)
        heads.push({
          parts: [
            MALE_GIVEN_NAMES.find((n) => n[script] === person[0]) ??
              FEMALE_GIVEN_NAMES.find((n) => n[script] === person[0]),
            MALE_GIVEN_NAMES.find((n) => n[script] === person[1]),
            family,
          ],
          script,
          sex: person[3],
          dob,
          district,
        });
      lines.push(
        [`B-${h}`, m === 0 ? where : '', m === 0 ? 'idp' : '', relationship, ...person, 'yes']
          .map((cell) => (/[,"]/.test(cell) ? `"${cell}"` : cell))
          .join(','),
      );
      rows += 1;
    }
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
  return rows;
}

print(
  `bench: ${REGISTRATIONS.toLocaleString('en-US')} registrations against ${EXISTING.toLocaleString('en-US')} registered people, PostgreSQL database ${DATABASE}${values['dry-run'] ? ' (dry run)' : ''}`,
);
if (!values.keep) await admin(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
const exists = (await admin(`SELECT 1 FROM pg_database WHERE datname = '${DATABASE}'`)).rowCount > 0;
if (!exists) await admin(`CREATE DATABASE ${DATABASE}`);
const db = await createDb(url, { migrate: true, pool: { max: 4 } });
const dir = mkdtempSync(join(tmpdir(), 'crc-intake-bench-'));
try {
  await loadReferenceData(db.prisma);
  const centre =
    (await db.prisma.centre.findUnique({ where: { code: 'CRC-BENCH' } })) ??
    (await db.prisma.centre.create({
      data: { code: 'CRC-BENCH', name: 'Benchmark CRC', kind: 'community_resource_centre', areaPcode: 'IQG10Q05' },
    }));
  const existing = await registeredPeople(db, centre.id);
  const file = join(dir, 'registrations.csv');
  const rows = registrationsCsv(file);
  print(`  registrations file: ${rows.toLocaleString('en-US')} rows`);

  // The duplicate search's plan for one block: an index range scan, not a sequential scan of a million people.
  const plan = await db.sql.query(
    `EXPLAIN SELECT b.id FROM unnest($1::text[], $2::date[], $3::date[]) AS q(area, from_day, to_day)
       JOIN beneficiary b ON b.area_pcode = q.area AND b.birth_date >= q.from_day AND b.birth_date < q.to_day`,
    [[DISTRICTS[0]], ['1980-01-01'], ['1981-01-01']],
  );
  const planText = plan.map((row) => row['QUERY PLAN']).join('\n');

  if (globalThis.gc) globalThis.gc();
  peakRss = 0;
  peakHeap = 0;
  const started = performance.now();
  const report = await importRegistrations(db, systemActor('bench:crc-import'), fileSource(file), {
    centreCode: 'CRC-BENCH',
    dryRun: values['dry-run'],
    today: '2026-11-30',
  });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const people = report.counts.people.created + report.counts.people.unchanged;
  print('');
  print(`registered people searched     ${existing.toLocaleString('en-US')}`);
  print(`rows (people) read             ${report.counts.read.toLocaleString('en-US')}`);
  print(
    `households                     ${report.counts.households.total.toLocaleString('en-US')} (created ${report.counts.households.created.toLocaleString('en-US')}, rejected ${report.counts.households.rejected})`,
  );
  print(`people created                 ${report.counts.people.created.toLocaleString('en-US')}`);
  print(
    `probable duplicates            ${report.counts.duplicates.withinFile.toLocaleString('en-US')} in the file, ${report.counts.duplicates.againstExisting.toLocaleString('en-US')} against registered people${report.dryRun ? '' : `, ${report.counts.duplicates.queued.toLocaleString('en-US')} queued`}`,
  );
  print(
    `total time                     ${seconds.toFixed(1)} s: read ${(report.timings.readMs / 1000).toFixed(1)} s, checks ${(report.timings.checkMs / 1000).toFixed(1)} s, duplicate search ${(report.timings.duplicateSearchMs / 1000).toFixed(1)} s, write ${(report.timings.writeMs / 1000).toFixed(1)} s`,
  );
  print(`rows per second                ${Math.round(report.counts.read / seconds).toLocaleString('en-US')}`);
  print(
    `duplicate search per row       ${((report.timings.duplicateSearchMs * 1000) / Math.max(people, 1)).toFixed(1)} µs (${(report.timings.duplicateSearchMs / Math.max(people, 1)).toFixed(3)} ms)`,
  );
  print(
    `duplicate search work           ${report.duplicateSearch.registeredCandidates.toLocaleString('en-US')} registered people read from the blocks, ${report.duplicateSearch.pairsScored.toLocaleString('en-US')} name pairs scored, ${report.duplicateSearch.pairsRemembered.toLocaleString('en-US')} remembered`,
  );
  print(`peak memory                    RSS ${Math.round(peakRss / MB)} MB, heap ${Math.round(peakHeap / MB)} MB`);
  print(
    `duplicate search plan (one block):\n${planText
      .split('\n')
      .map((line) => `  ${line}`)
      .join('\n')}`,
  );
} finally {
  clearInterval(sampler);
  await db.close();
  rmSync(dir, { recursive: true, force: true });
  if (!values.keep) await admin(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
}
