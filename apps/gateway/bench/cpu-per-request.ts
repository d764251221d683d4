#!/usr/bin/env node
// CPU time per request of each server process (issue 13): on a shared machine requests/s
// follow the load, the server's own CPU time per answered request does not. Starts bare
// graphql-yoga and the gateway (response cache off and on, and off without graphql-jit) as
// the partner-query bench does, sends each target a fixed number of requests (autocannon,
// interleaved rounds) and prints the server's utime + stime (/proc/<pid>/stat) divided by
// the answers.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { freshDatabase, loadAverage, startGateway, startProcess, type Started } from './bench-processes';

/** The partner-query bench's query (partner-query-bench.ts parses its own arguments when imported). */
const CENTRES_QUERY = '{ centres(first: 50) { edges { node { name services { serviceType } area { name } } } } }';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '4000' },
    connections: { type: 'string', default: '20' },
    rounds: { type: 'string', default: '3' },
  },
});
const REQUESTS = Number(values.requests);
const CONNECTIONS = Number(values.connections);
const ROUNDS = Number(values.rounds);
const TICKS_PER_SECOND = 100;

/** utime and stime of a process in microseconds. */
function cpuMicros(pid: number): { user: number; system: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 14 and 15 of stat(5), counted from the state (field 3) here.
  return {
    user: (Number(fields[11]) * 1_000_000) / TICKS_PER_SECOND,
    system: (Number(fields[12]) * 1_000_000) / TICKS_PER_SECOND,
  };
}

interface Target {
  readonly name: string;
  readonly pid: number;
  readonly url: string;
  readonly query: string;
  readonly headers: Record<string, string>;
}

async function run(
  target: Target,
  amount: number,
): Promise<{ micros: number; systemMicros: number; errors: number; rps: number }> {
  const before = cpuMicros(target.pid);
  const result = await autocannon({
    url: target.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers },
    body: JSON.stringify({ query: target.query }),
    connections: CONNECTIONS,
    amount,
  });
  const after = cpuMicros(target.pid);
  const requests = result.requests.total;
  return {
    micros: (after.user + after.system - before.user - before.system) / requests,
    systemMicros: (after.system - before.system) / requests,
    errors: result.errors + result.timeouts + result.non2xx,
    rps: result.requests.average,
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

async function main(): Promise<void> {
  const database = await freshDatabase('crc-bench-cpu');
  const processes: Started[] = [];
  try {
    const extraArgs = process.env.GATEWAY_NODE_OPTIONS ?? '';
    const withoutCache = await startGateway({ ...database.env, RESPONSE_CACHE: '0', NODE_OPTIONS: extraArgs }, true);
    processes.push(withoutCache);
    // The same query without graphql-jit (COMPILE_ON_EXECUTION=0), measured beside it in the same rounds.
    const uncompiled = await startGateway(
      { ...database.env, RESPONSE_CACHE: '0', COMPILE_ON_EXECUTION: '0', NODE_OPTIONS: extraArgs },
      false,
    );
    processes.push(uncompiled);
    const cached =
      database.label === 'PGlite'
        ? undefined
        : await startGateway({ ...database.env, RESPONSE_CACHE: '1', NODE_OPTIONS: extraArgs }, false);
    if (cached) processes.push(cached);
    const bare = await startProcess(['--import', 'tsx', 'bench/bare-yoga-server.ts'], {}, /^listening \d+/);
    processes.push(bare);
    const barePort = /listening (\d+)/.exec(bare.output.join('\n'))?.[1];
    const ar = { 'accept-language': 'ar' };
    const targets: Target[] = [
      {
        name: 'bare yoga { hello }',
        pid: bare.child.pid!,
        url: `http://127.0.0.1:${barePort}/graphql`,
        query: '{ hello }',
        headers: {},
      },
      {
        name: 'gateway { __typename }',
        pid: withoutCache.child.pid!,
        url: withoutCache.url,
        query: '{ __typename }',
        headers: ar,
      },
      {
        name: 'centres, cache off',
        pid: withoutCache.child.pid!,
        url: withoutCache.url,
        query: CENTRES_QUERY,
        headers: ar,
      },
      {
        name: 'centres, not compiled',
        pid: uncompiled.child.pid!,
        url: uncompiled.url,
        query: CENTRES_QUERY,
        headers: ar,
      },
      ...(cached
        ? [{ name: 'centres, cache on', pid: cached.child.pid!, url: cached.url, query: CENTRES_QUERY, headers: ar }]
        : []),
    ];
    for (const target of targets) await run(target, Math.min(REQUESTS, 2000)); // warm-up
    const figures = new Map<string, { micros: number[]; system: number[]; errors: number; rps: number[] }>(
      targets.map((target) => [target.name, { micros: [], system: [], errors: 0, rps: [] }]),
    );
    for (let round = 0; round < ROUNDS; round += 1) {
      const order = targets.map((_, index) => targets[(index + round) % targets.length]!);
      for (const target of order) {
        const result = await run(target, REQUESTS);
        const entry = figures.get(target.name)!;
        entry.micros.push(result.micros);
        entry.system.push(result.systemMicros);
        entry.rps.push(result.rps);
        entry.errors += result.errors;
      }
      console.log(`  round ${round + 1}/${ROUNDS} done (load average ${loadAverage()})`);
    }
    const bareMicros = median(figures.get(targets[0]!.name)!.micros);
    console.log(
      `\nCPU per request of the server process (${REQUESTS} requests x ${ROUNDS} rounds, ${CONNECTIONS} connections; ${database.label})`,
    );
    for (const target of targets) {
      const { micros, system, errors } = figures.get(target.name)!;
      console.log(
        `  ${target.name.padEnd(24)} ${micros.map((m) => m.toFixed(0).padStart(5)).join(' ')} us  median ${median(micros).toFixed(0).padStart(5)} us` +
          `  (system ${median(system).toFixed(0)})  CPU ratio to bare ${(bareMicros / median(micros)).toFixed(2)}  errors ${errors}`,
      );
    }
    console.log(`  load average at the end: ${loadAverage()}`);
  } finally {
    for (const started of processes.reverse()) await started.stop();
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
