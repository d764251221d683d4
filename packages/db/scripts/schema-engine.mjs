#!/usr/bin/env node
// Stand-in for Prisma's native `schema-engine` binary, for machines that cannot
// download it (see README.md, "Migrations"). Point the CLI at it with
// PRISMA_SCHEMA_ENGINE_BINARY; the package scripts do so unless the variable is set.
//
// It wraps Prisma's own WebAssembly build of the same engine and speaks the binary's
// protocol: JSON-RPC 2.0, one JSON object per line on stdin/stdout, logs as JSON lines
// on stderr. PostgreSQL only (over @prisma/adapter-pg).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { loadSchemaEngineModule } from './lib/load-schema-engine.mjs';
import { createPgMigrationAdapterFactory, databaseOf, withDatabase } from './lib/pg-migration-adapter.mjs';

const ENGINE_HASH = '0edf323efd1d98336f3f0a68684b56f689b900d3';

// The CLI skips the first stderr line of one-shot commands; then every line must be JSON.
function logLine(level, message, extraFields = {}) {
  process.stderr.write(
    `${JSON.stringify({ timestamp: new Date().toISOString(), level, fields: { message, ...extraFields }, target: 'schema_engine::logger' })}\n`,
  );
}

function parseCommandLine(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    options: {
      datamodels: { type: 'string', multiple: true },
      datasource: { type: 'string' },
      'enabled-preview-features': { type: 'string' },
      'extension-types': { type: 'string' },
      version: { type: 'boolean', short: 'V' },
    },
  });
  return { values, positionals };
}

function postgresUrlOf(datasource) {
  const url = datasource?.url;
  if (typeof url !== 'string' || !/^postgres(ql)?:\/\//.test(url)) {
    throw new Error('the schema-engine stand-in needs a postgresql:// datasource URL (set DATABASE_URL)');
  }
  return url;
}

// ---------------------------------------------------------------------------
// One-shot mode: `cli can-connect-to-database` / `cli create-database`.
// ---------------------------------------------------------------------------

async function runOneShot(command, datasource) {
  const url = postgresUrlOf(datasource);
  process.stderr.write('schema-engine stand-in (wasm)\n');
  if (command === 'can-connect-to-database') {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return 0;
    } catch (error) {
      // 3D000 invalid_catalog_name: the CLI offers to create the database on P1003.
      const missing = error?.code === '3D000';
      logLine('ERROR', missing ? `Database \`${databaseOf(url)}\` does not exist` : String(error?.message ?? error), {
        error_code: missing ? 'P1003' : 'P1001',
      });
      return 1;
    } finally {
      await client.end().catch(() => {});
    }
  }
  if (command === 'create-database') {
    const client = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
    try {
      await client.connect();
      await client.query(`CREATE DATABASE "${databaseOf(url).replaceAll('"', '""')}"`);
      logLine('INFO', `Database \`${databaseOf(url)}\` created`);
      return 0;
    } catch (error) {
      logLine('ERROR', String(error?.message ?? error), { error_code: 'P1000' });
      return 1;
    } finally {
      await client.end().catch(() => {});
    }
  }
  logLine('ERROR', `unknown cli command ${command}`);
  return 1;
}

// ---------------------------------------------------------------------------
// Server mode: JSON-RPC over stdin/stdout.
// ---------------------------------------------------------------------------

/** CLI method names that differ from the wasm engine's method names. */
const METHOD_ALIASES = { getDatabaseVersion: 'version' };

function rpcError(error) {
  // The wasm engine rejects with a user-facing error object (`{ message, error_code, meta }`
  // or a JSON string of it) or a plain Error; the CLI reads `error.data`.
  let payload = error;
  if (typeof error === 'string') {
    try {
      payload = JSON.parse(error);
    } catch {
      payload = { message: error };
    }
  } else if (error instanceof Error) {
    payload = { message: error.message, ...(error.code ? { error_code: error.code } : {}) };
  }
  const message = String(payload?.message ?? 'unknown schema engine error');
  return {
    code: 4466,
    message: 'An error happened. Check the data field for details.',
    data: {
      is_panic: Boolean(payload?.is_panic),
      message,
      ...(payload?.error_code ? { error_code: payload.error_code } : {}),
      ...(payload?.meta ? { meta: payload.meta } : {}),
    },
  };
}

async function runServer(datamodelPaths, datasource) {
  const { SchemaEngine } = await loadSchemaEngineModule();
  const datamodels = await Promise.all(
    datamodelPaths.map(async (file) => [file, await readFile(path.resolve(file), 'utf8')]),
  );
  const url = datasource?.url ? postgresUrlOf(datasource) : undefined;
  const factory = createPgMigrationAdapterFactory({
    url: url ?? 'postgresql://localhost/postgres',
    shadowDatabaseUrl: datasource?.shadowDatabaseUrl,
  });
  const onLog = (line) => process.stderr.write(`${typeof line === 'string' ? line : JSON.stringify(line)}\n`);
  const engine = await SchemaEngine.new(
    { datamodels: datamodels.length > 0 ? datamodels : undefined },
    onLog,
    bindMigrationAwareSqlAdapterFactory(factory),
  );

  const send = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);
  const pendingPrints = new Map();
  let printCounter = 0;

  // `diff` output goes to the CLI as a `print` request, as the native engine does.
  const printViaCli = (content) =>
    new Promise((resolve) => {
      const id = `print-${++printCounter}`;
      pendingPrints.set(id, resolve);
      send({ jsonrpc: '2.0', id, method: 'print', params: { content } });
    });

  async function handle(request) {
    const method = METHOD_ALIASES[request.method] ?? request.method;
    if (typeof engine[method] !== 'function' || method === 'free' || method === 'new') {
      return { error: { code: -32601, message: `Method not found: ${request.method}` } };
    }
    try {
      let result = await engine[method](request.params ?? {});
      if (method === 'diff' && result) {
        if (result.stdout) await printViaCli(result.stdout);
        result = { exitCode: result.exitCode };
      }
      return { result: result ?? {} };
    } catch (error) {
      return { error: rpcError(error) };
    }
  }

  const inFlight = new Set();
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on('line', (line) => {
    if (!line.trim()) return;
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      send({ jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error' } });
      return;
    }
    if (message.method === undefined) {
      pendingPrints.get(message.id)?.();
      pendingPrints.delete(message.id);
      return;
    }
    const task = handle(message).then((outcome) => send({ jsonrpc: '2.0', id: message.id, ...outcome }));
    inFlight.add(task);
    task.finally(() => inFlight.delete(task));
  });
  await new Promise((resolve) => lines.once('close', resolve));
  await Promise.allSettled([...inFlight]);
  engine.free();
  return 0;
}

async function main() {
  const { values, positionals } = parseCommandLine(process.argv.slice(2));
  if (values.version) {
    process.stdout.write(`schema-engine-cli ${ENGINE_HASH}\n`);
    return 0;
  }
  const datasource = values.datasource ? JSON.parse(values.datasource) : undefined;
  if (positionals[0] === 'cli') return runOneShot(positionals[1], datasource);
  return runServer(values.datamodels ?? [], datasource);
}

main().then(
  (code) => process.exit(code),
  (error) => {
    logLine('ERROR', String(error?.stack ?? error));
    process.exit(1);
  },
);
