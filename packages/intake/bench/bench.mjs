// Benchmark (not a test) of issue 14: 100,000 registrations (about 25,000 households) from a
// CSV file imported with duplicate detection against 1,000,000 people already registered, on
// PostgreSQL. Prints rows per second, peak memory and the duplicate search time per row, the
// plan of the duplicate search statement (index range scans of the blocks, the trigram
// pre-filter applied in the database) and, measured interleaved on a sample of the file, the
// batched search against the former one (every registered person of the blocks read and
// scored in process), with the check that both find the same pairs.
// Run: pnpm --filter @crc/intake bench  (builds first). Needs DATABASE_URL (a PostgreSQL server);
// it creates (and at the end drops) its own database crc_bench_intake on it.
// Options: --registrations 100000 --existing 1000000 --areas 294 (sub-districts used, fewer = bigger
// blocks) --sample 1000 (people of the interleaved comparison) --database crc_bench_intake (the
// database it creates) --dry-run --keep (keep the database and reuse its people).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
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
    areas: { type: 'string', default: '294' },
    sample: { type: 'string', default: '1000' },
    database: { type: 'string', default: 'crc_bench_intake' },
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
if (!/^[a-z_][a-z0-9_]*$/.test(values.database)) {
  print('bench: --database must be a plain lower-case name (letters, digits, _)');
  process.exit(2);
}
const DATABASE = values.database;
const url = (() => {
  const parsed = new URL(serverUrl);
  parsed.pathname = `/${DATABASE}`;
  return parsed.toString();
})();

const { createDb, DUPLICATE_THRESHOLD, findDuplicateCandidatesOfMany, loadReferenceData, systemActor } =
  await import('@crc/db');
const { areasAtLevel, nameKey, nameSoundKey } = await import('@crc/domain');
const {
  fileSource,
  importRegistrations,
  pairScorer,
  seededRandom,
  FAMILY_NAMES,
  FEMALE_GIVEN_NAMES,
  MALE_GIVEN_NAMES,
} = await import('../dist/index.js').then(async (main) => ({ ...main, ...(await import('../dist/testing/index.js')) }));
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

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

// Sub-districts of all 18 governorates (294), as a country-wide registry would spread its people
// (--areas N: the first N only, so the blocks of one area and birth year hold more people).
const DISTRICTS = areasAtLevel('subdistrict')
  .map((area) => area.pcode)
  .slice(0, Number(values.areas));
const SCRIPT = (random) => (random() < 0.55 ? 0 : 1);
const pickFrom = (random, list) => list[Math.floor(random() * list.length)];

/** Text, name key and sound key of each name part, Arabic first then English (index script * n + i). */
function partColumns(parts) {
  const texts = [...parts.map(([ar]) => ar), ...parts.map(([, en]) => en)];
  return { texts, keys: texts.map((text) => nameKey(text)), sounds: texts.map((text) => nameSoundKey(text)) };
}

/**
 * The registered people, seeded in SQL: one INSERT ... SELECT generate_series per 200,000, the
 * name parts of one script picked by hash, their name keys and sound keys computed here once
 * per part (@crc/domain nameKey and nameSoundKey; a full name's keys are its parts' keys
 * joined, which the seeding checks on a sample). The beneficiary indexes are dropped while
 * seeding and built again after, which is faster than keeping them up to date row by row.
 */
async function registeredPeople(db, centreId) {
  const [{ count }] = await db.sql.query('SELECT count(*)::int AS count FROM beneficiary');
  if (count >= EXISTING) return count;
  const given = partColumns([...MALE_GIVEN_NAMES, ...FEMALE_GIVEN_NAMES]);
  const father = partColumns(MALE_GIVEN_NAMES);
  const family = partColumns(FAMILY_NAMES);
  const indexes = await db.sql.query(
    `SELECT indexname, indexdef FROM pg_indexes
      WHERE tablename = 'beneficiary' AND indexname NOT IN (SELECT conname FROM pg_constraint)`,
  );
  for (const index of indexes) await db.sql.query(`DROP INDEX "${index.indexname}"`);
  const started = performance.now();
  for (let from = count; from < EXISTING; from += 200_000) {
    const to = Math.min(EXISTING, from + 200_000);
    await db.sql.query(
      `INSERT INTO beneficiary (registration_centre_id, area_pcode, given_name, father_name, family_name, name_key,
                                name_sound_key, birth_date, sex, population_group, registered_on)
       SELECT $1::uuid, ($2::text[])[1 + abs(hashtext(g || 'a')) % cardinality($2::text[])],
              ($3::text[])[p.gi], ($6::text[])[p.fi], ($9::text[])[p.ni],
              ($4::text[])[p.gi] || ' ' || ($7::text[])[p.fi] || ' ' || ($10::text[])[p.ni],
              concat_ws(' ', nullif(($5::text[])[p.gi], ''), nullif(($8::text[])[p.fi], ''), nullif(($11::text[])[p.ni], '')),
              date '1950-01-01' + abs(hashtext(g || 'd')) % 27000,
              CASE WHEN abs(hashtext(g || 's')) % 2 = 0 THEN 'female' ELSE 'male' END, 'idp', date '2024-06-01'
         FROM generate_series($12::int, $13::int) AS g,
              LATERAL (SELECT CASE WHEN abs(hashtext(g || 'script')) % 100 < 55 THEN 0 ELSE 1 END AS script) AS s,
              LATERAL (SELECT 1 + s.script * $14::int + abs(hashtext(g || 'g')) % $14::int AS gi,
                              1 + s.script * $15::int + abs(hashtext(g || 'f')) % $15::int AS fi,
                              1 + s.script * $16::int + abs(hashtext(g || 'n')) % $16::int AS ni) AS p`,
      [
        centreId,
        DISTRICTS,
        given.texts,
        given.keys,
        given.sounds,
        father.texts,
        father.keys,
        father.sounds,
        family.texts,
        family.keys,
        family.sounds,
        from + 1,
        to,
        given.texts.length / 2,
        father.texts.length / 2,
        family.texts.length / 2,
      ],
    );
    print(
      `  registered people: ${to.toLocaleString('en-US')} (${((performance.now() - started) / 1000).toFixed(0)} s)`,
    );
  }
  const indexing = performance.now();
  for (const index of indexes) await db.sql.query(index.indexdef);
  await db.sql.query('ANALYZE beneficiary');
  print(
    `  ${indexes.length} indexes built again and analysed in ${((performance.now() - indexing) / 1000).toFixed(0)} s`,
  );
  const sample = await db.sql.query(
    `SELECT given_name, father_name, family_name, name_key, name_sound_key FROM beneficiary TABLESAMPLE SYSTEM (1) LIMIT 5000`,
  );
  const wrong = sample.filter((row) => {
    const key = nameKey(`${row.given_name} ${row.father_name} ${row.family_name}`);
    return row.name_key !== key || row.name_sound_key !== nameSoundKey(key);
  });
  if (wrong.length > 0)
    throw new Error(`seeding: ${wrong.length} of ${sample.length} sampled keys differ from the platform's`);
  print(`  seeded keys checked against nameKey/nameSoundKey on ${sample.length} sampled people: all equal`);
  return EXISTING;
}

/**
 * ~4 people a household, one row per person; one household in a hundred repeats an earlier
 * head in the other script. Fills `sample` with the first people, as the duplicate search sees them.
 */
function registrationsCsv(path, sample) {
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
      if (sample.length < Number(values.sample))
        sample.push({ fullName: person.slice(0, 3).join(' '), dateOfBirth: person[4], areaOfResidencePcode: where });
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
  const sample = [];
  const rows = registrationsCsv(file, sample);
  print(`  registrations file: ${rows.toLocaleString('en-US')} rows`);
  const actor = systemActor('bench:crc-import');

  // The batched search's statement for the sample, as the import sends it, and its plan.
  let captured;
  await findDuplicateCandidatesOfMany(
    {
      $queryRawUnsafe: async (query, ...parameters) => {
        captured ??= { query, parameters };
        return [];
      },
    },
    actor,
    sample,
  );
  const plan = await db.sql.query(`EXPLAIN (ANALYZE, COSTS OFF) ${captured.query}`, captured.parameters);
  const planText = plan.map((row) => row['QUERY PLAN']).join('\n');

  // The former search, for the comparison: every registered person of the blocks read, every pair scored in process.
  async function formerSearch(people) {
    const score = pairScorer();
    const blocks = [
      ...new Map(
        people.map((person) => [`${person.areaOfResidencePcode}|${person.dateOfBirth.slice(0, 4)}`, person]),
      ).values(),
    ];
    const members = new Map();
    let rowsRead = 0;
    for (let start = 0; start < blocks.length; start += 500) {
      const slice = blocks.slice(start, start + 500);
      const found = await db.sql.query(
        `SELECT b.id::text AS id, b.name_key, b.area_pcode || '|' || extract(year FROM b.birth_date)::int AS block
           FROM unnest($1::text[], $2::date[], $3::date[]) AS q(area, from_day, to_day)
           JOIN beneficiary b ON b.area_pcode = q.area AND b.birth_date >= q.from_day AND b.birth_date < q.to_day
          WHERE b.merged_into_id IS NULL AND b.erased_at IS NULL`,
        [
          slice.map((person) => person.areaOfResidencePcode),
          slice.map((person) => `${person.dateOfBirth.slice(0, 4)}-01-01`),
          slice.map((person) => `${Number(person.dateOfBirth.slice(0, 4)) + 1}-01-01`),
        ],
      );
      rowsRead += found.length;
      for (const row of found) members.set(row.block, [...(members.get(row.block) ?? []), row]);
    }
    const pairs = [];
    people.forEach((person, n) => {
      for (const other of members.get(`${person.areaOfResidencePcode}|${person.dateOfBirth.slice(0, 4)}`) ?? [])
        if (score(person.fullName, other.name_key) >= DUPLICATE_THRESHOLD) pairs.push(`${n} ${other.id}`);
    });
    return { pairs: pairs.sort(), rowsRead };
  }
  async function batchedSearch(people) {
    const { candidates, rowsRead } = await findDuplicateCandidatesOfMany(db.prisma, actor, people, pairScorer());
    const pairs = candidates.flatMap((list, n) => list.map((candidate) => `${n} ${candidate.id}`));
    return { pairs: pairs.sort(), rowsRead };
  }
  const timed = async (search) => {
    const started = performance.now();
    const result = await search(sample);
    return { ...result, ms: performance.now() - started };
  };
  const former = [];
  const batched = [];
  for (let round = 0; round < 3; round++) {
    former.push(await timed(formerSearch));
    batched.push(await timed(batchedSearch));
  }
  const median = (runs) => runs.map((run) => run.ms).sort((a, b) => a - b)[1];
  const samePairs = former.every((run) => JSON.stringify(run.pairs) === JSON.stringify(batched[0].pairs));
  const comparison = {
    formerMsPerRow: median(former) / sample.length,
    batchedMsPerRow: median(batched) / sample.length,
    formerRows: former[0].rowsRead,
    batchedRows: batched[0].rowsRead,
    pairs: batched[0].pairs.length,
    samePairs,
  };
  print(`  interleaved comparison on ${sample.length} people done (load average ${load()})`);

  if (globalThis.gc) globalThis.gc();
  peakRss = 0;
  peakHeap = 0;
  const started = performance.now();
  const report = await importRegistrations(db, actor, fileSource(file), {
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
    `duplicate search work          ${report.duplicateSearch.registeredCandidates.toLocaleString('en-US')} registered people kept by the database's pre-filter, ${report.duplicateSearch.pairsScored.toLocaleString('en-US')} name pairs scored, ${report.duplicateSearch.pairsRemembered.toLocaleString('en-US')} remembered`,
  );
  print(`peak memory                    RSS ${Math.round(peakRss / MB)} MB, heap ${Math.round(peakHeap / MB)} MB`);
  print(`load average (1, 5, 15 min)    ${load()} on ${cpus().length} cores`);
  print(
    `search of ${sample.length} people, interleaved (median of 3 each): former (blocks read, every pair scored) ${comparison.formerMsPerRow.toFixed(2)} ms a row, ` +
      `${comparison.formerRows.toLocaleString('en-US')} rows read; batched ${comparison.batchedMsPerRow.toFixed(2)} ms a row, ` +
      `${comparison.batchedRows.toLocaleString('en-US')} rows read; ratio ${(comparison.formerMsPerRow / comparison.batchedMsPerRow).toFixed(1)}x; ` +
      `${comparison.pairs} pairs, ${comparison.samePairs ? 'the same pairs in both' : 'THE PAIRS DIFFER'}`,
  );
  print(
    `duplicate search plan (the statement of the sample, EXPLAIN ANALYZE):\n${planText
      .split('\n')
      .map((line) => `  ${line}`)
      .join('\n')}`,
  );
  if (!comparison.samePairs) process.exitCode = 1;
} finally {
  clearInterval(sampler);
  await db.close();
  rmSync(dir, { recursive: true, force: true });
  if (!values.keep) await admin(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
}
