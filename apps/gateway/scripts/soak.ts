#!/usr/bin/env node
// pnpm soak: load and abuse a gateway this script starts itself on 127.0.0.1, then print
// requests/s, p50/p99, errors by code, the gateway's memory over time and one verdict line
// against issue 10's targets. A script, not a test: it exits 1 when a target is missed, but
// nothing runs it in CI. See apps/gateway/README.md ("Soak").
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { freshDatabase } from '../bench/bench-processes';

const { values } = parseArgs({
  // pnpm passes a `--` on (`pnpm soak -- --connections 20`): not an argument of the soak.
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    connections: { type: 'string', default: '100' },
    duration: { type: 'string', default: '180' },
    'sample-every': { type: 'string', default: '15' },
    /** NAME=VALUE for the gateway's environment, repeatable: compare settings, e.g. --env MAX_CONCURRENT_OPERATIONS=16. */
    env: { type: 'string', multiple: true, default: [] },
  },
});
const CONNECTIONS = Number(values.connections);
const DURATION_S = Number(values.duration);
const SAMPLE_EVERY_S = Number(values['sample-every']);
const REQUEST_TIMEOUT_MS = 10_000;
/** A PUBLIC query sent while the load runs must answer within this (issue 10, "Done when"). */
const PUBLIC_TARGET_MS = 1000;
/** How often the lone PUBLIC caller (outside the 100 connections) asks. */
const PUBLIC_PROBE_EVERY_MS = 250;
/** Memory kept after a full collection may grow this much from the end of warm-up to the end. */
const FLAT_HEAP_GROWTH = { ratio: 0.1, mb: 16 };
/** Codes no request of the mix may answer: the gateway failed, not the caller. */
const UNEXPECTED_CODES = /^(HTTP_5|INTERNAL_SERVER_ERROR|ERROR|NOT_JSON|NETWORK_|TIMEOUT)/;
/** A refusal (HTTP 429) must come this quickly: "refused quickly" (issue 10, "Done when"). */
const REFUSAL_TARGET_MS = 1000;
const GATEWAY_ENV = Object.fromEntries(
  values.env.map((pair) => {
    const [name = '', ...value] = pair.split('=');
    return [name, value.join('=')];
  }),
);

interface Keys {
  PARTNER: string;
  CENTRE_STAFF: string;
  ADMIN: string;
}
interface Outcome {
  kind: string;
  ms: number;
  /** OK, the first error's code (RATE_LIMITED/<reason> for refusals), HTTP_<status>, TIMEOUT or NETWORK_<name>. */
  code: string;
  /** The Retry-After of a 429, in seconds. */
  retryAfterS?: number;
}

/** An answer of HTTP 429: a refusal with Retry-After (rate limit or the client's own backlog), not a failure. */
const isRefusal = (outcome: Outcome) => outcome.code.startsWith('RATE_LIMITED');

/** Starts `crc-gateway --demo` from source on a free loopback port; resolves with its URL and demo keys. */
function startGateway(env: Record<string, string>): Promise<{ child: ChildProcess; url: string; keys: Keys }> {
  const child = spawn(
    process.execPath,
    // --expose-gc and the memory probe: the soak reads memory kept after a full collection (soak-memory-probe.ts).
    ['--expose-gc', '--import', 'tsx', '--import', './scripts/soak-memory-probe.ts', 'src/main.ts', '--demo'],
    {
      cwd: new URL('..', import.meta.url).pathname,
      env: {
        ...process.env,
        ...env,
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        NODE_ENV: 'production',
        // Keys unlimited so the measured traffic is not refused; addresses (X-Forwarded-For) limited so the abuser is.
        RATE_LIMIT_PER_KEY: '0',
        RATE_LIMIT_PER_ADDRESS: '600',
        TRUST_PROXY: 'true',
        ...GATEWAY_ENV,
      },
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    const onExit = (code: number | null) => reject(new Error(`gateway exited with ${code} before listening:\n${out}`));
    child.once('exit', onExit);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const url = /CRC Platform gateway: (\S+)/.exec(out)?.[1];
      const key = (role: string) => new RegExp(`^\\s+${role}\\s+(crc_\\S+)`, 'm').exec(out)?.[1];
      const keys = { PARTNER: key('PARTNER'), CENTRE_STAFF: key('CENTRE_STAFF'), ADMIN: key('ADMIN') };
      if (url && keys.PARTNER && keys.CENTRE_STAFF && keys.ADMIN) {
        child.off('exit', onExit);
        child.stdout?.off('data', onData);
        resolve({ child, url: url.replace('localhost', '127.0.0.1'), keys: keys as Keys });
      }
    };
    child.stdout?.on('data', onData);
  });
}

/** The gateway's log lines at level error and above (pino JSON on stdout), kept for the report. */
function collectErrorLogs(child: ChildProcess): ReadonlyMap<string, { message: string; count: number }> {
  const seen = new Map<string, { message: string; count: number }>();
  let partial = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString()).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      let entry: { level?: number; msg?: string; err?: { message?: string; stack?: string }; error?: unknown };
      try {
        entry = JSON.parse(line) as typeof entry;
      } catch {
        continue;
      }
      if ((entry.level ?? 0) < 50) continue;
      const message = [entry.msg, entry.err?.stack ?? entry.err?.message, JSON.stringify(entry.error ?? '')]
        .filter(Boolean)
        .join(' | ')
        .slice(0, 1500);
      const key = message.slice(0, 300);
      const known = seen.get(key) ?? { message, count: 0 };
      known.count += 1;
      seen.set(key, known);
    }
  });
  return seen;
}

interface MemorySample {
  second: number;
  rssMb: number;
  heapMb: number;
  externalMb: number;
  /** The gateway's event-loop delay since the previous sample: 99th percentile and longest, in ms. */
  loopP99Ms: number;
  loopMaxMs: number;
  collected: boolean;
  requests: number;
}

/** The gateway's memory, asked over IPC (soak-memory-probe.ts); after a full collection when `collectFirst`. */
function askMemory(child: ChildProcess, collectFirst: boolean): Promise<Omit<MemorySample, 'second' | 'requests'>> {
  return new Promise((resolve) => {
    const onMessage = (message: unknown) => {
      const answer = message as {
        soak?: string;
        rss: number;
        heapUsed: number;
        external: number;
        loopP99Ms: number;
        loopMaxMs: number;
        collected: boolean;
      };
      if (answer.soak !== 'memory') return;
      child.off('message', onMessage);
      const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
      resolve({
        rssMb: mb(answer.rss),
        heapMb: mb(answer.heapUsed),
        externalMb: mb(answer.external),
        loopP99Ms: Math.round(answer.loopP99Ms),
        loopMaxMs: Math.round(answer.loopMaxMs),
        collected: answer.collected,
      });
    };
    child.on('message', onMessage);
    child.send({ soak: 'memory', collectFirst });
  });
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main() {
  const loadAtStart = loadavg();
  const database = await freshDatabase('crc-soak');
  console.log(
    `soak: ${database.label}, ${CONNECTIONS} connections, ${DURATION_S} s${values.env.length > 0 ? `, ${values.env.join(' ')}` : ''}; starting the gateway with demo data...`,
  );
  const { child, url, keys } = await startGateway(database.env);
  // Whatever ends the soak, the gateway it started ends with it.
  process.once('exit', () => child.kill('SIGKILL'));
  const errorLogs = collectErrorLogs(child);
  try {
    const post = async (kind: string, body: unknown, headers: Record<string, string> = {}): Promise<Outcome> => {
      const started = performance.now();
      let code: string;
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip', ...headers },
          // Large bodies are serialised once, so the load generator spends its time sending, not stringifying.
          body: typeof body === 'string' ? body : JSON.stringify(body),
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        });
        const text = await response.text();
        let first: string | undefined;
        try {
          const parsed = JSON.parse(text) as {
            errors?: { extensions?: { code?: string; reason?: string } }[];
            data?: Record<string, { __typename?: string } | null>;
          };
          const extensions = parsed.errors?.[0]?.extensions;
          first = extensions?.code ?? (parsed.errors ? 'ERROR' : undefined);
          if (first === 'RATE_LIMITED') first = `RATE_LIMITED/${extensions?.reason ?? '?'}`;
          const typename = Object.values(parsed.data ?? {})[0]?.__typename;
          if (!first && typename && typename !== 'RegisterBeneficiarySuccess' && kind === 'staff:write')
            first = typename;
        } catch {
          first = 'NOT_JSON';
        }
        code =
          response.status >= 500
            ? `HTTP_${response.status}`
            : (first ?? (response.status === 200 ? 'OK' : `HTTP_${response.status}`));
        if (response.status === 429) {
          if (!code.startsWith('RATE_LIMITED')) code = `RATE_LIMITED/${code}`;
          const retryAfterS = Number(response.headers.get('retry-after'));
          return {
            kind,
            ms: performance.now() - started,
            code,
            retryAfterS: Number.isFinite(retryAfterS) ? retryAfterS : 1,
          };
        }
      } catch (error) {
        code = (error as Error).name === 'TimeoutError' ? 'TIMEOUT' : `NETWORK_${(error as Error).name}`;
      }
      return { kind, ms: performance.now() - started, code };
    };
    const as = (key: string, address?: string) => ({
      authorization: `Bearer ${key}`,
      ...(address ? { 'x-forwarded-for': address } : {}),
    });
    const publicFrom = (n: number) => ({ 'x-forwarded-for': `10.0.${n % 250}.${(n * 7) % 250}` });

    const centres = (await (
      await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...as(keys.CENTRE_STAFF) },
        body: JSON.stringify({ query: '{ centres(first: 20) { edges { node { id name } } } }' }),
      })
    ).json()) as { data: { centres: { edges: { node: { id: string; name: string } }[] } } };
    const centreId = centres.data.centres.edges.find((edge) => /Jalawla/.test(edge.node.name))?.node.id ?? '';

    let written = 0;
    const normal: (() => Promise<Outcome>)[] = [
      () =>
        post(
          'partner:centres',
          { query: '{ centres(first: 20) { totalCount edges { node { code name services { serviceType } } } } }' },
          as(keys.PARTNER),
        ),
      () =>
        post(
          'partner:programmes',
          { query: '{ programmes { edges { node { name projects(first: 10) { totalCount } } } } }' },
          as(keys.PARTNER),
        ),
      () =>
        post(
          'partner:organisations',
          { query: '{ organisations(first: 50) { totalCount edges { node { name } } } }' },
          as(keys.PARTNER),
        ),
      () =>
        post(
          'public:reach',
          { query: '{ reach(by: [SEX, AGE_BRACKET]) { unit grandTotal { value suppressed } } }' },
          publicFrom(written),
        ),
      () => post('partner:reach', { query: '{ reach(by: [AREA]) { unit grandTotal { value } } }' }, as(keys.PARTNER)),
      () =>
        post(
          'staff:list',
          { query: '{ beneficiaries(first: 20) { totalCount edges { node { givenName familyName } } } }' },
          as(keys.CENTRE_STAFF),
        ),
      () =>
        post(
          'staff:search',
          { query: '{ beneficiaries(first: 20, filter: { search: "Mohammed Ali" }) { totalCount } }' },
          as(keys.CENTRE_STAFF),
        ),
      () => post('public:governorates', { query: '{ governorates { pcode name } }' }, publicFrom(written + 1)),
      () => {
        written += 1;
        return post(
          'staff:write',
          {
            query:
              'mutation Register($input: RegisterBeneficiaryInput!) { registerBeneficiary(input: $input, confirmNotDuplicate: true) { __typename } }',
            variables: {
              input: {
                givenName: `Soak${written}`,
                familyName: 'Tester',
                sex: 'female',
                dateOfBirth: '1990-01-01',
                registeredOn: '2024-06-01',
                populationGroup: 'idp',
                areaOfResidencePcode: 'IQG10Q05',
                registrationCentreId: centreId,
                householdSize: 3,
                consentToDataProcessing: true,
              },
            },
          },
          as(keys.CENTRE_STAFF),
        );
      },
    ];
    const ids = Array.from({ length: 100_000 }, (_, index) => String(index));
    const manyIds = JSON.stringify({
      query: 'query Many($ids: [ID!]!) { nodes(ids: $ids) { id } }',
      variables: { ids },
    });
    const longSearch = JSON.stringify({
      query: 'query S($s: String!) { beneficiaries(filter: { search: $s }) { totalCount } }',
      variables: { s: 'محمد '.repeat(2000) },
    });
    const abusive: (() => Promise<Outcome>)[] = [
      () => post('abuse:100k-ids', manyIds),
      () =>
        post('abuse:1000-brackets', {
          query: `{ reach(by: [AGE_BRACKET], ageBrackets: [${Array.from({ length: 1000 }, (_, i) => i).join(',')}]) { unit } }`,
        }),
      () => post('abuse:10k-search', longSearch, as(keys.ADMIN)),
      () =>
        post('abuse:30-introspections', {
          query: `{ ${Array.from({ length: 30 }, (_, i) => `s${i}: __schema { types { name } }`).join(' ')} }`,
        }),
      () =>
        post('abuse:40-ofType', {
          query: `{ __schema { types { fields { type ${'{ ofType '.repeat(40)}{ name }${' }'.repeat(40)} } } } }`,
        }),
      () => post('abuse:made-up-name', { query: `query Made${randomUUID().replaceAll('-', '')} { __typename }` }),
      () => post('abuse:nul-byte', { query: '{ organisations(filter: { search: "A\\u0000B" }) { totalCount } }' }),
      () => post('abuse:one-address', { query: '{ __typename }' }, { 'x-forwarded-for': '203.0.113.66' }), // one address hammering
    ];
    const outcomes: Outcome[] = [];
    const memory: MemorySample[] = [];
    const sample = async (second: number, collectFirst: boolean) =>
      memory.push({ second, requests: outcomes.length, ...(await askMemory(child, collectFirst)) });
    // /metrics must not grow with made-up operation names: its size at the end of warm-up and at the end.
    const metricsBytes = async () => (await (await fetch(new URL('/metrics', url))).text()).length;
    const metricsSize: { warmUp?: number; end?: number; madeUpNamesAtWarmUp?: number } = {};
    await sample(0, true);
    const started = performance.now();
    const deadline = started + DURATION_S * 1000;
    const warmUpS = Math.round(DURATION_S / 5);
    const sampler = setInterval(() => {
      const second = Math.round((performance.now() - started) / 1000);
      // One full collection at the end of warm-up: what is kept then is the baseline for "flat".
      const endOfWarmUp = second >= warmUpS && !memory.some((m) => m.collected && m.second > 0);
      void sample(second, endOfWarmUp);
      if (endOfWarmUp && metricsSize.warmUp === undefined) {
        metricsSize.madeUpNamesAtWarmUp = outcomes.filter((o) => o.kind === 'abuse:made-up-name').length;
        void metricsBytes().then((bytes) => (metricsSize.warmUp = bytes));
      }
    }, SAMPLE_EVERY_S * 1000);
    let turn = 0;
    const worker = async (index: number) => {
      while (performance.now() < deadline) {
        turn += 1;
        // One request in ten is abusive; one connection in ten only abuses.
        const abuser = index % 10 === 0;
        const pool = abuser || turn % 10 === 0 ? abusive : normal;
        const request = pool[turn % pool.length];
        if (!request) continue;
        const outcome = await request();
        outcomes.push(outcome);
        // A well-behaved client waits as long as a refusal says before it asks again; an abuser does not.
        if (!abuser && outcome.retryAfterS !== undefined)
          await sleep(Math.min(outcome.retryAfterS * 1000, deadline - performance.now()));
      }
    };
    // The lone PUBLIC caller of "Done when", in a process of its own (soak-public-caller.ts).
    const caller = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        new URL('./soak-public-caller.ts', import.meta.url).pathname,
        JSON.stringify({
          url,
          everyMs: PUBLIC_PROBE_EVERY_MS,
          untilEpochMs: Date.now() + DURATION_S * 1000,
          timeoutMs: REQUEST_TIMEOUT_MS,
        }),
      ],
      { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
    );
    caller.on('message', (outcome: Outcome) => outcomes.push(outcome));
    process.once('exit', () => caller.kill('SIGKILL'));
    const callerDone = new Promise((resolve) => caller.once('exit', resolve));
    await Promise.all([callerDone, ...Array.from({ length: CONNECTIONS }, (_, index) => worker(index))]);
    clearInterval(sampler);
    const elapsed = (performance.now() - started) / 1000;
    await sample(Math.round(elapsed), false);
    metricsSize.end = await metricsBytes();
    // Idle for a moment, then a full collection: what the gateway keeps once the load is over.
    await sleep(2000);
    await sample(Math.round((performance.now() - started) / 1000), true);

    console.log(
      `\n${database.label}: ${outcomes.length} requests in ${elapsed.toFixed(1)} s = ${(outcomes.length / elapsed).toFixed(1)} requests/s, ${CONNECTIONS} connections + 1 PUBLIC caller every ${PUBLIC_PROBE_EVERY_MS} ms`,
    );
    const kinds = [...new Set(outcomes.map((outcome) => outcome.kind))].sort();
    const timesOf = (select: (outcome: Outcome) => boolean) =>
      outcomes
        .filter(select)
        .map((outcome) => outcome.ms)
        .sort((a, b) => a - b);
    console.log('\nkind                       requests    p50 ms    p99 ms    max ms');
    for (const kind of [...kinds, 'all']) {
      const times = timesOf((outcome) => kind === 'all' || outcome.kind === kind);
      console.log(
        `${kind.padEnd(25)} ${String(times.length).padStart(9)} ${percentile(times, 50).toFixed(0).padStart(9)} ${percentile(times, 99).toFixed(0).padStart(9)} ${(times.at(-1) ?? 0).toFixed(0).padStart(9)}`,
      );
    }
    const byCode = new Map<string, number>();
    for (const outcome of outcomes)
      byCode.set(`${outcome.kind}:${outcome.code}`, (byCode.get(`${outcome.kind}:${outcome.code}`) ?? 0) + 1);
    console.log('\nanswers by kind and code');
    for (const [code, count] of [...byCode].sort()) console.log(`  ${code.padEnd(40)} ${count}`);
    const fivexx = outcomes.filter((outcome) => outcome.code.startsWith('HTTP_5')).length;
    const timeouts = outcomes.filter((outcome) => outcome.code === 'TIMEOUT').length;
    const unexpected = outcomes.filter((outcome) => UNEXPECTED_CODES.test(outcome.code)).length;
    const refusals = outcomes.filter(isRefusal);
    const refusalTimes = refusals.map((outcome) => outcome.ms).sort((a, b) => a - b);
    const refusalsBy = (reason: string) =>
      refusals.filter((outcome) => outcome.code === `RATE_LIMITED/${reason}`).length;
    const refusedLegitimate = refusals.filter((outcome) => !outcome.kind.startsWith('abuse:')).length;
    console.log(
      `\n5xx: ${fivexx}   timeouts (> ${REQUEST_TIMEOUT_MS} ms): ${timeouts}   unexpected errors: ${unexpected}   rows written: ${outcomes.filter((o) => o.kind === 'staff:write' && o.code === 'OK').length}`,
    );
    console.log(
      `refused at once with 429 and Retry-After (not failures): ${refusals.length} (own backlog full ${refusalsBy('backlog')}, rate limit ${refusalsBy('rate')}; ${refusedLegitimate} of the normal mix, which then waited Retry-After), p50 ${percentile(refusalTimes, 50).toFixed(0)} ms, p99 ${percentile(refusalTimes, 99).toFixed(0)} ms, max ${(refusalTimes.at(-1) ?? 0).toFixed(0)} ms`,
    );
    if (errorLogs.size > 0) {
      console.log('\ngateway error log lines (distinct, first 300 characters as key)');
      for (const entry of errorLogs.values()) console.log(`  ${entry.count} x ${entry.message}`);
    }
    console.log(
      '\ngateway memory and event loop over time (heap: V8 heap used, * = after a full garbage collection; loop: event-loop delay p99/max since the previous line)',
    );
    for (const m of memory)
      console.log(
        `  ${String(m.second).padStart(5)} s  RSS ${String(m.rssMb).padStart(5)} MB  heap ${String(m.heapMb).padStart(4)} MB${m.collected ? '*' : ' '}  external ${String(m.externalMb).padStart(4)} MB  loop ${String(m.loopP99Ms).padStart(5)}/${String(m.loopMaxMs).padStart(5)} ms  after ${m.requests} requests`,
      );

    // The verdict against issue 10's targets.
    const probeTimes = timesOf((outcome) => outcome.kind === 'probe:public');
    const publicTimes = timesOf((outcome) => outcome.kind.startsWith('public:'));
    const kept = memory.filter((m) => m.collected && m.second > 0);
    const baseline = kept.at(0);
    const end = kept.at(-1);
    const heapGrowthMb = baseline && end && baseline !== end ? end.heapMb - baseline.heapMb : Number.NaN;
    const heapFlat =
      Number.isFinite(heapGrowthMb) &&
      heapGrowthMb <= Math.max(FLAT_HEAP_GROWTH.mb, (baseline?.heapMb ?? 0) * FLAT_HEAP_GROWTH.ratio);
    const probeP99 = percentile(probeTimes, 99);
    const refusalP99 = percentile(refusalTimes, 99);
    const checks = [
      { ok: fivexx === 0, text: `5xx ${fivexx}` },
      { ok: timeouts === 0, text: `timeouts ${timeouts}` },
      { ok: unexpected === 0, text: `unexpected errors ${unexpected}` },
      {
        ok: probeTimes.length > 0 && probeP99 < PUBLIC_TARGET_MS,
        text: `lone PUBLIC caller p99 ${probeP99.toFixed(0)} ms (< ${PUBLIC_TARGET_MS}, ${probeTimes.length} answers)`,
      },
      {
        ok: refusalP99 < REFUSAL_TARGET_MS,
        text: `refusals (429) p99 ${refusalP99.toFixed(0)} ms (< ${REFUSAL_TARGET_MS}, ${refusals.length} refused)`,
      },
      {
        ok: heapFlat,
        text: `heap kept after GC ${baseline?.heapMb ?? '?'} MB at ${baseline?.second ?? '?'} s -> ${end?.heapMb ?? '?'} MB at the end`,
      },
    ];
    // The figures of issue 10's note, as table rows to paste.
    const spread = (select: (outcome: Outcome) => boolean) => {
      const times = timesOf(select);
      return `${percentile(times, 50).toFixed(0)} / ${percentile(times, 99).toFixed(0)} / ${(times.at(-1) ?? 0).toFixed(0)} ms (${times.length})`;
    };
    const answered = (outcome: Outcome) => !isRefusal(outcome);
    const loadAtEnd = loadavg();
    const figures: [string, string][] = [
      [
        'run',
        `${CONNECTIONS} connections x ${DURATION_S} s${values.env.length > 0 ? `, ${values.env.join(' ')}` : ''}`,
      ],
      [
        'load average (1, 5, 15 min), start -> end',
        `${loadAtStart.map((load) => load.toFixed(2)).join(' ')} -> ${loadAtEnd.map((load) => load.toFixed(2)).join(' ')}`,
      ],
      ['requests/s', (outcomes.length / elapsed).toFixed(1)],
      ['lone PUBLIC caller p50 / p99 / max (answers)', spread((o) => o.kind === 'probe:public')],
      ['PUBLIC in the connections p50 / p99 / max', spread((o) => o.kind.startsWith('public:') && answered(o))],
      ['reach figures p50 / p99 / max', spread((o) => o.kind.endsWith(':reach') && answered(o))],
      [
        'partner lists p50 / p99 / max',
        spread((o) => o.kind.startsWith('partner:') && !o.kind.endsWith(':reach') && answered(o)),
      ],
      [
        'staff reads p50 / p99 / max',
        spread((o) => (o.kind === 'staff:list' || o.kind === 'staff:search') && answered(o)),
      ],
      ['writes p50 / p99 / max', spread((o) => o.kind === 'staff:write' && answered(o))],
      ['5xx / timeouts / unexpected errors', `${fivexx} / ${timeouts} / ${unexpected}`],
      [
        'refused with 429: all (own backlog, rate limit; of the normal mix), p99',
        `${refusals.length} (${refusalsBy('backlog')}, ${refusalsBy('rate')}; ${refusedLegitimate}), ${refusalP99.toFixed(0)} ms`,
      ],
      [
        'heap kept after a full GC, warm-up -> end',
        `${baseline?.heapMb ?? '?'} -> ${end?.heapMb ?? '?'} MB (${Number.isFinite(heapGrowthMb) ? `${heapGrowthMb >= 0 ? '+' : ''}${heapGrowthMb}` : '?'} MB)`,
      ],
      [
        '/metrics bytes, warm-up -> end (made-up operation names sent meanwhile)',
        `${metricsSize.warmUp ?? '?'} -> ${metricsSize.end ?? '?'} (${outcomes.filter((o) => o.kind === 'abuse:made-up-name').length - (metricsSize.madeUpNamesAtWarmUp ?? 0)})`,
      ],
      ['RSS, start -> end', `${memory.at(0)?.rssMb ?? '?'} -> ${memory.at(-1)?.rssMb ?? '?'} MB`],
      // The first sample covers the gateway's start (demo data loading), not the load.
      [
        'longest event-loop delay of the gateway under load',
        `${Math.max(...memory.slice(1).map((m) => m.loopMaxMs))} ms`,
      ],
    ];
    console.log(`\nfigures (${database.label})\n| figure | ${database.label} |\n|---|---|`);
    for (const [name, value] of figures) console.log(`| ${name} | ${value} |`);
    console.log(
      `\nVERDICT ${database.label}: ${checks.every((check) => check.ok) ? 'PASS' : 'FAIL'}  ${checks.map((check) => `${check.ok ? 'ok' : 'MISSED'} ${check.text}`).join('; ')}  (PUBLIC in the connections p99 ${percentile(publicTimes, 99).toFixed(0)} ms; load average ${loadavg()
        .map((load) => load.toFixed(2))
        .join(' ')})`,
    );
    process.exitCode = checks.every((check) => check.ok) ? 0 : 1;
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
