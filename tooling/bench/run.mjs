// `pnpm bench [section ...]`: every benchmark of issue 13 in one run, each printing its
// figures with the ratio to its reference. A section is a package script; to add one,
// add a line to SECTIONS (the package's own bench script prints its figures and exits
// non-zero when its check fails). On the PostgreSQL of DATABASE_URL, or on one started
// for the run (throwaway-postgres.mjs). Benchmarks print rather than assert times:
// timed tests are flaky on shared machines.
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import process from 'node:process';
import { startThrowawayPostgres } from './throwaway-postgres.mjs';

/** The sections, run in this order. */
const SECTIONS = [
  {
    name: 'reach',
    what: 'reach over 1M deliveries: reachInSql against DuckDB on the same rows',
    package: '@crc/db',
    script: 'bench:reach',
  },
  {
    name: 'partner-query',
    what: 'the partner centres query against bare graphql-yoga { hello }, interleaved, response cache off and on',
    package: '@crc/gateway',
    script: 'bench:partner-query',
  },
  {
    name: 'import',
    what: 'the crc-dtm master-list import (100,000 rows) against COPY into a staging table + INSERT ... ON CONFLICT',
    package: '@crc/dtm',
    script: 'bench',
  },
  {
    name: 'start',
    what: 'cold start to the first answer on a populated database and idle memory, against bare yoga',
    package: '@crc/gateway',
    script: 'bench:start',
  },
  {
    name: 'intake',
    what: '100,000 registrations imported with duplicate detection against 1,000,000 registered people',
    package: '@crc/intake',
    script: 'bench',
  },
];

const print = (line) => process.stdout.write(`${line}\n`);
const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !SECTIONS.some((section) => section.name === name));
if (unknown.length > 0) {
  print(
    `unknown bench section(s) ${unknown.join(', ')}; sections: ${SECTIONS.map((section) => section.name).join(', ')}`,
  );
  process.exit(2);
}
const chosen = asked.length === 0 ? SECTIONS : SECTIONS.filter((section) => asked.includes(section.name));

const pnpm = (args, env) => spawnSync('pnpm', args, { stdio: 'inherit', env });
const packages = [...new Set(chosen.map((section) => section.package))];
const built = pnpm(
  ['exec', 'turbo', 'run', 'build', ...packages.map((name) => `--filter=${name}...`), '--output-logs=errors-only'],
  process.env,
);
if (built.status !== 0) process.exit(built.status ?? 1);

const server = process.env.DATABASE_URL ? null : await startThrowawayPostgres();
const env = { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? server.url };
const failed = [];
try {
  print(
    `pnpm bench: ${chosen.map((section) => section.name).join(', ')} on ${server ? 'a PostgreSQL started for this run' : 'DATABASE_URL'}; ${os.cpus().length} cores, load average ${os
      .loadavg()
      .map((v) => v.toFixed(2))
      .join(' ')}`,
  );
  for (const section of chosen) {
    print(`\n== ${section.name}: ${section.what}`);
    const result = pnpm(['--filter', section.package, '--silent', 'run', section.script], env);
    if (result.status !== 0) failed.push(section.name);
  }
} finally {
  server?.stop();
}
if (failed.length > 0) {
  print(`\npnpm bench: ${failed.join(', ')} failed`);
  process.exit(1);
}
