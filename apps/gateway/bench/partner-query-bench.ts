#!/usr/bin/env node
// The partner centres query against bare graphql-yoga `{ hello }`, interleaved, with the
// response cache off and on (issue 13). Prints requests/s, errors and the ratio to bare
// yoga of each round; the ratio is what counts on a shared machine. See README "Benchmarks".
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { freshDatabase, loadAverage, startGateway, startProcess, type Started } from './bench-processes';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '20' },
    rounds: { type: 'string', default: '3' },
  },
});
const DURATION_S = Number(values.duration);
const CONNECTIONS = Number(values.connections);
const ROUNDS = Number(values.rounds);

export const CENTRES_QUERY =
  '{ centres(first: 50) { edges { node { name services { serviceType } area { name } } } } }';

interface Target {
  readonly name: string;
  readonly url: string;
  readonly body: string;
  readonly headers: Record<string, string>;
}

interface Round {
  readonly requestsPerSecond: number;
  readonly errors: number;
  readonly p99Ms: number;
}

async function load(target: Target, durationS: number): Promise<Round> {
  const result = await autocannon({
    url: target.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers },
    body: target.body,
    connections: CONNECTIONS,
    duration: durationS,
  });
  return {
    requestsPerSecond: result.requests.average,
    errors: result.errors + result.timeouts + result.non2xx,
    p99Ms: result.latency.p99,
  };
}

/** One request, checked: an answer with GraphQL errors would make every figure meaningless. */
async function check(target: Target): Promise<string | null> {
  const response = await fetch(target.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers },
    body: target.body,
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
  if (response.status !== 200 || body.errors)
    throw new Error(`${target.name}: ${response.status} ${JSON.stringify(body).slice(0, 500)}`);
  return response.headers.get('x-response-cache');
}

export async function benchPartnerQuery(): Promise<void> {
  const database = await freshDatabase('crc-bench-partner');
  const processes: Started[] = [];
  try {
    console.log(`partner query: loading the demo data into ${database.label} ...`);
    const withoutCache = await startGateway({ ...database.env, RESPONSE_CACHE: '0' }, true);
    processes.push(withoutCache);
    // PGlite opens its directory in one process only: there only the run without the cache is measured.
    const cached =
      database.label === 'PGlite' ? undefined : await startGateway({ ...database.env, RESPONSE_CACHE: '1' }, false);
    if (cached) processes.push(cached);
    const bare = await startProcess(['--import', 'tsx', 'bench/bare-yoga-server.ts'], {}, /^listening \d+/);
    processes.push(bare);
    const barePort = /listening (\d+)/.exec(bare.output.join('\n'))?.[1];
    const body = JSON.stringify({ query: CENTRES_QUERY });
    const targets: Target[] = [
      {
        name: 'bare yoga { hello }',
        url: `http://127.0.0.1:${barePort}/graphql`,
        body: JSON.stringify({ query: '{ hello }' }),
        headers: {},
      },
      { name: 'centres, cache off', url: withoutCache.url, body, headers: { 'accept-language': 'ar' } },
      ...(cached ? [{ name: 'centres, cache on', url: cached.url, body, headers: { 'accept-language': 'ar' } }] : []),
    ];
    for (const target of targets) await check(target);
    if (cached && (await check(targets[2]!)) !== 'hit')
      throw new Error('centres, cache on: the second request was not served from the cache');
    for (const target of targets) await load(target, 2); // warm-up: JIT, pools, caches
    const rounds = new Map<string, Round[]>(targets.map((target) => [target.name, []]));
    for (let round = 0; round < ROUNDS; round += 1) {
      // Rotated order, so no target always runs first or after the same one.
      const order = targets.map((_, index) => targets[(index + round) % targets.length]!);
      for (const target of order) rounds.get(target.name)!.push(await load(target, DURATION_S));
      console.log(`  round ${round + 1}/${ROUNDS} done (load average ${loadAverage()})`);
    }
    const bareRounds = rounds.get(targets[0]!.name)!;
    console.log(
      `\npartner centres query (${CONNECTIONS} connections, ${DURATION_S} s x ${ROUNDS} rounds, interleaved; ${database.label})`,
    );
    for (const target of targets) {
      const own = rounds.get(target.name)!;
      const ratios = own.map((r, index) => r.requestsPerSecond / bareRounds[index]!.requestsPerSecond);
      console.log(
        `  ${target.name.padEnd(22)} ${own.map((r) => r.requestsPerSecond.toFixed(0).padStart(6)).join(' ')} req/s` +
          `  errors ${own.reduce((sum, r) => sum + r.errors, 0)}  p99 ${Math.max(...own.map((r) => r.p99Ms))} ms` +
          `  ratio to bare yoga ${ratios.map((r) => r.toFixed(2)).join(' ')} (target ${target.name.includes('cache on') ? '>= 0.8' : target.name.includes('cache off') ? '>= 0.5' : '1'})`,
      );
    }
    console.log(`  load average at the end: ${loadAverage()}`);
  } finally {
    for (const started of processes.reverse()) await started.stop();
    await database.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchPartnerQuery().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
