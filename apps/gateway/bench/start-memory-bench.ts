#!/usr/bin/env node
// Cold start and idle memory of the gateway (issue 13): start on a populated database to
// the first answer, and resident memory after it idled; PGlite (the embedded default)
// and, with DATABASE_URL, PostgreSQL, against bare graphql-yoga. See README "Benchmarks".
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { freshDatabase, loadAverage, rssMb, startGateway, startProcess, type BenchDatabase } from './bench-processes';

const { values } = parseArgs({
  options: { starts: { type: 'string', default: '3' }, 'idle-seconds': { type: 'string', default: '10' } },
});
const STARTS = Number(values.starts);
const IDLE_MS = Number(values['idle-seconds']) * 1000;
const FIRST_QUERY = JSON.stringify({ query: '{ centres(first: 5) { totalCount } }' });
// Bare yoga's schema has `hello` only: it answers its own query.
const BARE_QUERY = JSON.stringify({ query: '{ hello }' });

interface Start {
  readonly firstAnswerMs: number;
  readonly idleRssMb: number;
}

async function firstAnswer(url: string, query: string): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: query,
  });
  const body = (await response.json()) as { errors?: unknown };
  if (response.status !== 200 || body.errors)
    throw new Error(`first answer: ${response.status} ${JSON.stringify(body)}`);
}

/** Spawn to first answer, then resident memory after IDLE_MS without requests. */
async function measureStart(
  start: () => Promise<{ url: string; child: { pid?: number }; stop(): Promise<void> }>,
  query = FIRST_QUERY,
): Promise<Start> {
  const began = performance.now();
  const started = await start();
  try {
    await firstAnswer(started.url, query);
    const firstAnswerMs = performance.now() - began;
    await sleep(IDLE_MS);
    return { firstAnswerMs, idleRssMb: await rssMb(started.child.pid) };
  } finally {
    await started.stop();
  }
}

function line(label: string, starts: readonly Start[], reference?: readonly Start[]): string {
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const ms = median(starts.map((s) => s.firstAnswerMs));
  const mb = median(starts.map((s) => s.idleRssMb));
  const ratios = reference
    ? `  (${(ms / median(reference.map((s) => s.firstAnswerMs))).toFixed(1)}x and ${(mb / median(reference.map((s) => s.idleRssMb))).toFixed(1)}x bare yoga)`
    : '';
  return `  ${label.padEnd(34)} start ${starts.map((s) => `${(s.firstAnswerMs / 1000).toFixed(2)} s`).join(' ')}   idle ${starts.map((s) => `${s.idleRssMb} MB`).join(' ')}${ratios}`;
}

async function populated(database: BenchDatabase): Promise<void> {
  const demo = await startGateway({ ...database.env }, true);
  await demo.stop();
}

export async function benchStartAndMemory(): Promise<void> {
  const bare: Start[] = [];
  for (let index = 0; index < STARTS; index += 1) {
    bare.push(
      await measureStart(async () => {
        const started = await startProcess(['--import', 'tsx', 'bench/bare-yoga-server.ts'], {}, /^listening \d+/);
        const port = /listening (\d+)/.exec(started.output.join('\n'))?.[1];
        return { ...started, url: `http://127.0.0.1:${port}/graphql` };
      }, BARE_QUERY),
    );
  }
  console.log(
    `\ncold start to the first answer and idle memory (median of ${STARTS}; idle ${IDLE_MS / 1000} s; load average ${loadAverage()})`,
  );
  console.log(line('bare yoga (tsx)', bare));
  for (const serverUrl of [undefined, process.env.DATABASE_URL]) {
    const database = await freshDatabase('crc-bench-start', serverUrl ?? '');
    try {
      console.log(`  (loading the demo data into ${database.label} ...)`);
      await populated(database);
      const starts: Start[] = [];
      for (let index = 0; index < STARTS; index += 1)
        starts.push(await measureStart(() => startGateway({ ...database.env }, false)));
      console.log(line(`gateway on populated ${database.label}`, starts, bare));
      console.log(`    targets: PGlite start < 1.5 s, idle < 300 MB; load average ${loadAverage()}`);
    } finally {
      await database.drop();
    }
    if (!process.env.DATABASE_URL) break;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchStartAndMemory().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
