// Benchmark (not a test): time and peak memory of disaggregate, uniqueReach, keyedUniqueReach (with cell keys)
// and publish (the cell-key perturbation of a keyed table) over
// 100k and 1M synthetic deliveries, by governorate × sex × age bracket.
// Run: pnpm --filter @crc/metrics run bench   (builds first; needs node --expose-gc)
// Each scenario runs in its own process so that its peak RSS is its own.
import { execFileSync } from 'node:child_process';
import process from 'node:process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const SIZES = [100_000, 1_000_000];
const FUNCTIONS = ['disaggregate', 'uniqueReach', 'keyedUniqueReach', 'publish'];
const OPTIONS = { by: ['governorate', 'sex', 'ageBracket'], at: '2024-12-31' };
const MB = 1024 * 1024;
const print = (line) => process.stdout.write(`${line}\n`);

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same data. */
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

/** n deliveries to n / 5 people, each person with one sex, birth date, group and sub-district. */
function syntheticDeliveries(n, subdistricts) {
  const next = random(42);
  const people = Array.from({ length: Math.max(1, Math.floor(n / 5)) }, (_, index) => {
    const year = 1940 + Math.floor(next() * 84);
    const month = String(1 + Math.floor(next() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(next() * 28)).padStart(2, '0');
    return {
      beneficiaryId: `B${index}`,
      recordKey: Math.floor(next() * 2 ** 32) / 2 ** 32,
      sex: next() < 0.52 ? 'female' : next() < 0.97 ? 'male' : 'not_recorded',
      dateOfBirth: `${year}-${month}-${day}`,
      populationGroup: next() < 0.5 ? 'idp' : 'returnee',
      areaPcode: subdistricts[Math.floor(next() * subdistricts.length)],
    };
  });
  const services = ['legal_counselling', 'vocational_training', 'psychosocial_support', 'mediation', 'cash_for_work'];
  return Array.from({ length: n }, () => {
    const person = people[Math.floor(next() * people.length)];
    // A fresh row per delivery, as a database driver returns it (strings shared per person).
    return {
      beneficiaryId: person.beneficiaryId,
      recordKey: person.recordKey,
      sex: person.sex,
      dateOfBirth: person.dateOfBirth,
      populationGroup: person.populationGroup,
      areaPcode: person.areaPcode,
      serviceType: services[Math.floor(next() * services.length)],
    };
  });
}

async function child(name, n) {
  const metrics = await import('../dist/index.js');
  const { areasAtLevel } = await import('@crc/domain');
  const subdistricts = areasAtLevel('subdistrict').map((area) => area.pcode);
  const deliveries = syntheticDeliveries(n, subdistricts);
  globalThis.gc();
  const before = process.memoryUsage();
  const peakBefore = process.resourceUsage().maxRSS * 1024;

  // `publish` is timed alone, on the keyed table it perturbs (what disclosure control adds to a reach table).
  const keyed = name === 'publish' ? metrics.keyedUniqueReach(deliveries, OPTIONS) : null;
  const run = () => {
    const start = performance.now();
    const table = keyed ? metrics.publish(keyed) : metrics[name](deliveries, OPTIONS);
    return { ms: performance.now() - start, table: keyed ? { ...keyed, grandTotal: table.grandTotal.value } : table };
  };
  const first = run();
  const peakAfter = process.resourceUsage().maxRSS * 1024;
  const heapAfter = process.memoryUsage().heapUsed;
  const times = [first.ms, run().ms, run().ms].sort((a, b) => a - b);
  process.stdout.write(
    JSON.stringify({
      name,
      n,
      firstMs: first.ms,
      medianMs: times[1],
      rssBeforeMb: before.rss / MB,
      heapBeforeMb: before.heapUsed / MB,
      peakRssMb: Math.max(peakBefore, peakAfter) / MB,
      peakRssDuringRunMb: peakAfter > peakBefore ? peakAfter / MB : null,
      heapGrowthMb: (heapAfter - before.heapUsed) / MB,
      cells: first.table.rows.length * first.table.columns.length,
      grandTotal: first.table.grandTotal,
    }),
  );
}

function parent() {
  const script = fileURLToPath(import.meta.url);
  print(`node ${process.version}, by ${OPTIONS.by.join(' × ')}; times: first run and median of 3`);
  print(
    'function         deliveries  first ms  median ms  RSS before run  peak RSS (process)  heap growth  cells  total',
  );
  for (const n of SIZES) {
    for (const name of FUNCTIONS) {
      const output = execFileSync(process.execPath, ['--expose-gc', script, '--child', name, String(n)], {
        encoding: 'utf8',
        maxBuffer: 16 * MB,
      });
      const r = JSON.parse(output);
      print(
        [
          r.name.padEnd(16),
          String(r.n).padStart(10),
          r.firstMs.toFixed(0).padStart(9),
          r.medianMs.toFixed(0).padStart(10),
          `${r.rssBeforeMb.toFixed(0)} MB`.padStart(15),
          `${r.peakRssMb.toFixed(0)} MB${r.peakRssDuringRunMb === null ? ' (at data gen)' : ''}`.padStart(19),
          `${r.heapGrowthMb.toFixed(1)} MB`.padStart(12),
          String(r.cells).padStart(6),
          String(r.grandTotal).padStart(7),
        ].join(' '),
      );
    }
  }
}

if (process.argv[2] === '--child') await child(process.argv[3], Number(process.argv[4]));
else parent();
