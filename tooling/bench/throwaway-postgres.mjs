// A PostgreSQL 15 server of its own for `pnpm bench` when DATABASE_URL is not set, started
// the way .ci/run starts one (initdb in a temporary directory, trust auth on 127.0.0.1, a
// free port, as the `postgres` user when run as root) and removed afterwards.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, chownSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';

const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts the server; resolves to its URL and a stop() that stops it and deletes its data. */
export async function startThrowawayPostgres() {
  const initdb = join(PG_BIN, 'initdb');
  if (!existsSync(initdb)) {
    throw new Error(`no PostgreSQL server binaries in ${PG_BIN} (set PG_BIN, or DATABASE_URL to a server to use)`);
  }
  const asRoot = process.getuid?.() === 0;
  const run = (file, args) =>
    execFileSync(asRoot ? 'runuser' : file, asRoot ? ['-u', 'postgres', '--', file, ...args] : args, {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  const dir = mkdtempSync(join(tmpdir(), 'crc-bench-pg-'));
  if (asRoot)
    chownSync(
      dir,
      Number(execFileSync('id', ['-u', 'postgres']).toString().trim()),
      Number(execFileSync('id', ['-g', 'postgres']).toString().trim()),
    );
  const data = join(dir, 'data');
  const port = await freePort();
  run(initdb, ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  run(join(PG_BIN, 'pg_ctl'), [
    '-D',
    data,
    '-l',
    join(dir, 'server.log'),
    '-w',
    '-o',
    `-c listen_addresses=127.0.0.1 -c port=${port} -c unix_socket_directories=${dir} -c fsync=off`,
    'start',
  ]);
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        run(join(PG_BIN, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
