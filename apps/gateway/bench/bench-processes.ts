import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export const GATEWAY_DIR = new URL('..', import.meta.url).pathname;

export interface BenchDatabase {
  readonly env: Record<string, string>;
  readonly label: string;
  drop(): Promise<void>;
}

/** A fresh database for a run: a new database on DATABASE_URL's server, or a temporary PGlite directory. */
export async function freshDatabase(prefix: string, serverUrl = process.env.DATABASE_URL): Promise<BenchDatabase> {
  if (!serverUrl) {
    const dir = await mkdtemp(join(tmpdir(), `${prefix}-`));
    // DATABASE_URL emptied: the child must not inherit the PostgreSQL of the benchmark's own environment.
    return {
      env: { DATA_DIR: dir, DATABASE_URL: '' },
      label: 'PGlite',
      drop: () => rm(dir, { recursive: true, force: true }),
    };
  }
  const name = `${prefix.replaceAll('-', '_')}_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
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

export interface Started {
  readonly child: ChildProcess;
  /** The lines the process printed on stdout until it was ready (later lines, a log line per request, are not kept). */
  readonly output: string[];
  /** Milliseconds from spawn until `ready` matched. */
  readonly startMs: number;
  stop(): Promise<void>;
}

/** Spawns a node process and resolves once a stdout line matches `ready` (rejects if it exits first). */
export function startProcess(
  args: readonly string[],
  env: Record<string, string>,
  ready: RegExp,
  timeoutMs = 600_000,
): Promise<Started> {
  const started = performance.now();
  const child = spawn(process.execPath, [...args], {
    cwd: GATEWAY_DIR,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const errors: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => errors.push(chunk.toString()));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    const giveUp = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${args.join(' ')}: not ready within ${timeoutMs} ms`));
    }, timeoutMs);
    let buffered = '';
    let resolved = false;
    child.stdout?.on('data', (chunk: Buffer) => {
      // Once ready, the output is only drained: keeping every request's log line would grow
      // this process (which also runs autocannon) through the whole benchmark.
      if (resolved) return;
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      output.push(...lines);
      if (!resolved && lines.some((line) => ready.test(line))) {
        resolved = true;
        clearTimeout(giveUp);
        resolve({ child, output, startMs: performance.now() - started, stop });
      }
    });
    child.once('exit', (code) => {
      if (resolved) return;
      clearTimeout(giveUp);
      reject(new Error(`${args.join(' ')} exited with ${code} before it was ready:\n${errors.join('').slice(-2000)}`));
    });
  });
}

/** The gateway as `pnpm demo` runs it (the built dist/main.js), quiet, without rate limits: the benchmark is one address. */
export function startGateway(env: Record<string, string>, demo: boolean): Promise<Started & { url: string }> {
  return startProcess(
    ['dist/main.js', ...(demo ? ['--demo'] : [])],
    {
      PORT: '0',
      HOST: '127.0.0.1',
      RATE_LIMIT_PER_KEY: '0',
      RATE_LIMIT_PER_ADDRESS: '0',
      NODE_ENV: 'production',
      ...env,
    },
    /CRC Platform gateway: http/,
  ).then((started) => {
    const line = started.output.find((l) => l.includes('CRC Platform gateway:')) ?? '';
    const url = /(http:\/\/\S+\/graphql)/.exec(line)?.[1];
    if (!url) throw new Error(`no URL in: ${line}`);
    return { ...started, url: url.replace('localhost', '127.0.0.1') };
  });
}

/** Resident set size of a process in MB, from /proc (Linux). */
export async function rssMb(pid: number | undefined): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

/** The 1-, 5- and 15-minute load averages, as printed beside every figure (the machine is shared). */
export function loadAverage(): string {
  return loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
}
