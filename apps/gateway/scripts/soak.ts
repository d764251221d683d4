#!/usr/bin/env node
// pnpm soak: load and abuse a gateway this script starts itself on 127.0.0.1, then print
// requests/s, p50/p99, errors by code and the gateway's memory over time. A script, not a
// test: figures are printed, not asserted. See apps/gateway/README.md ("Soak").
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';

const { values } = parseArgs({
  options: {
    connections: { type: 'string', default: '100' },
    duration: { type: 'string', default: '180' },
    'sample-every': { type: 'string', default: '15' },
  },
});
const CONNECTIONS = Number(values.connections);
const DURATION_S = Number(values.duration);
const SAMPLE_EVERY_S = Number(values['sample-every']);
const REQUEST_TIMEOUT_MS = 10_000;
const serverUrl = process.env.DATABASE_URL;

interface Keys {
  PARTNER: string;
  CENTRE_STAFF: string;
  ADMIN: string;
}
interface Outcome {
  kind: string;
  ms: number;
  code: string;
}

/** A fresh database for the run: a temporary PGlite directory, or a new database on DATABASE_URL's server. */
async function freshDatabase(): Promise<{ env: Record<string, string>; label: string; drop(): Promise<void> }> {
  if (!serverUrl) {
    const dir = await mkdtemp(join(tmpdir(), 'crc-soak-'));
    return { env: { DATA_DIR: dir }, label: 'PGlite', drop: () => rm(dir, { recursive: true, force: true }) };
  }
  const name = `crc_soak_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    label: 'PostgreSQL',
    async drop() {
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await dropper.end();
    },
  };
}

/** Starts `crc-gateway --demo` from source on a free loopback port; resolves with its URL and demo keys. */
function startGateway(env: Record<string, string>): Promise<{ child: ChildProcess; url: string; keys: Keys }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', '--demo'], {
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
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.once('exit', (code) => reject(new Error(`gateway exited with ${code} before listening:\n${out}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /CRC Platform gateway: (\S+)/.exec(out)?.[1];
      const key = (role: string) => new RegExp(`^\\s+${role}\\s+(crc_\\S+)`, 'm').exec(out)?.[1];
      const keys = { PARTNER: key('PARTNER'), CENTRE_STAFF: key('CENTRE_STAFF'), ADMIN: key('ADMIN') };
      if (url && keys.PARTNER && keys.CENTRE_STAFF && keys.ADMIN)
        resolve({ child, url: url.replace('localhost', '127.0.0.1'), keys: keys as Keys });
    });
  });
}

async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function main() {
  const database = await freshDatabase();
  console.log(
    `soak: ${database.label}, ${CONNECTIONS} connections, ${DURATION_S} s; starting the gateway with demo data...`,
  );
  const { child, url, keys } = await startGateway(database.env);
  const pid = child.pid ?? 0;
  try {
    const post = async (kind: string, body: unknown, headers: Record<string, string> = {}): Promise<Outcome> => {
      const started = performance.now();
      let code: string;
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip', ...headers },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        });
        const text = await response.text();
        let first: string | undefined;
        try {
          const parsed = JSON.parse(text) as {
            errors?: { extensions?: { code?: string } }[];
            data?: Record<string, { __typename?: string } | null>;
          };
          first = parsed.errors?.[0]?.extensions?.code ?? (parsed.errors ? 'ERROR' : undefined);
          const typename = Object.values(parsed.data ?? {})[0]?.__typename;
          if (!first && typename && typename !== 'RegisterBeneficiarySuccess' && kind === 'write') first = typename;
        } catch {
          first = 'NOT_JSON';
        }
        code =
          response.status >= 500
            ? `HTTP_${response.status}`
            : (first ?? (response.status === 200 ? 'OK' : `HTTP_${response.status}`));
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
          'partner',
          { query: '{ centres(first: 20) { totalCount edges { node { code name services { serviceType } } } } }' },
          as(keys.PARTNER),
        ),
      () =>
        post(
          'partner',
          { query: '{ programmes { edges { node { name projects(first: 10) { totalCount } } } } }' },
          as(keys.PARTNER),
        ),
      () =>
        post(
          'partner',
          { query: '{ organisations(first: 50) { totalCount edges { node { name } } } }' },
          as(keys.PARTNER),
        ),
      () =>
        post(
          'figures',
          { query: '{ reach(by: [SEX, AGE_BRACKET]) { unit grandTotal { value suppressed } } }' },
          publicFrom(written),
        ),
      () => post('figures', { query: '{ reach(by: [AREA]) { unit grandTotal { value } } }' }, as(keys.PARTNER)),
      () =>
        post(
          'staff',
          { query: '{ beneficiaries(first: 20) { totalCount edges { node { givenName familyName } } } }' },
          as(keys.CENTRE_STAFF),
        ),
      () =>
        post(
          'staff',
          { query: '{ beneficiaries(first: 20, filter: { search: "Mohammed Ali" }) { totalCount } }' },
          as(keys.CENTRE_STAFF),
        ),
      () => post('public', { query: '{ governorates { pcode name } }' }, publicFrom(written + 1)),
      () => {
        written += 1;
        return post(
          'write',
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
    const abusive: (() => Promise<Outcome>)[] = [
      () =>
        post('abuse:100k-ids', { query: 'query Many($ids: [ID!]!) { nodes(ids: $ids) { id } }', variables: { ids } }),
      () =>
        post('abuse:1000-brackets', {
          query: `{ reach(by: [AGE_BRACKET], ageBrackets: [${Array.from({ length: 1000 }, (_, i) => i).join(',')}]) { unit } }`,
        }),
      () =>
        post(
          'abuse:10k-search',
          {
            query: 'query S($s: String!) { beneficiaries(filter: { search: $s }) { totalCount } }',
            variables: { s: 'محمد '.repeat(2000) },
          },
          as(keys.ADMIN),
        ),
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
    const memory: { second: number; rssMb: number; requests: number }[] = [
      { second: 0, rssMb: await rssMb(pid), requests: 0 },
    ];
    const started = performance.now();
    const deadline = started + DURATION_S * 1000;
    const sampler = setInterval(() => {
      void rssMb(pid).then((rss) =>
        memory.push({
          second: Math.round((performance.now() - started) / 1000),
          rssMb: rss,
          requests: outcomes.length,
        }),
      );
    }, SAMPLE_EVERY_S * 1000);
    let turn = 0;
    const worker = async (index: number) => {
      while (performance.now() < deadline) {
        turn += 1;
        // One request in ten is abusive; one connection in ten only abuses.
        const pool = index % 10 === 0 || turn % 10 === 0 ? abusive : normal;
        const request = pool[turn % pool.length];
        if (request) outcomes.push(await request());
      }
    };
    await Promise.all(Array.from({ length: CONNECTIONS }, (_, index) => worker(index)));
    clearInterval(sampler);
    const elapsed = (performance.now() - started) / 1000;
    memory.push({ second: Math.round(elapsed), rssMb: await rssMb(pid), requests: outcomes.length });

    console.log(
      `\n${database.label}: ${outcomes.length} requests in ${elapsed.toFixed(1)} s = ${(outcomes.length / elapsed).toFixed(1)} requests/s`,
    );
    const kinds = [...new Set(outcomes.map((outcome) => outcome.kind))];
    console.log('\nkind                       requests    p50 ms    p99 ms    max ms');
    for (const kind of [...kinds, 'all']) {
      const times = outcomes
        .filter((outcome) => kind === 'all' || outcome.kind === kind)
        .map((outcome) => outcome.ms)
        .sort((a, b) => a - b);
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
    console.log(
      `\n5xx: ${fivexx}   timeouts (> ${REQUEST_TIMEOUT_MS} ms): ${timeouts}   rows written: ${outcomes.filter((o) => o.kind === 'write' && o.code === 'OK').length}`,
    );
    console.log('\ngateway memory (RSS) over time');
    for (const sample of memory)
      console.log(
        `  ${String(sample.second).padStart(5)} s  ${String(sample.rssMb).padStart(5)} MB  after ${sample.requests} requests`,
      );
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
