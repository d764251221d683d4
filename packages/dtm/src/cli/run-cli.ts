import { access } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { createDb, loadReferenceData, type Db } from '@crc/db';
import { createDtmClient } from '../api/dtm-client';
import { DtmError } from '../api/dtm-errors';
import type { DtmDisplacementQuery } from '../api/dtm-query';
import { importMasterList } from '../import/import-master-list';
import { writeRejectsCsv } from '../import/rejects-csv';
import { SourceFormatError } from '../import/source-format-error';
import { MASTER_LIST_ENCODINGS } from '../import/text-encoding';
import { ImportFailedError, type ImportOutcome } from '../store/import-batch-run';
import type { RejectedRow } from '../store/rejected-row';
import { syncFromDtmApi, type DtmSyncLevel } from '../sync/sync-from-dtm-api';
import { EXIT, type ExitCode } from './exit-codes';
import { createProgressBar, type ProgressStream } from './progress-bar';
import { summaryTable } from './summary-table';

export const USAGE = `usage:
  crc-dtm import <file.csv|file.xlsx> [--source dtm_master_list|iom_document|manual] [--rejects <path>]
                 [--population idp|returnee] [--round <n>] [--date <YYYY-MM-DD>]
                 [--encoding utf-8|windows-1256|utf-16le|utf-16be] [--sheet <name or number>]
  crc-dtm sync (--operation <name> | --country <name> | --admin0 <code>) [--from-round <n>] [--to-round <n>]
               [--from-date <YYYY-MM-DD>] [--to-date <YYYY-MM-DD>] [--level admin0|admin1|admin2] [--base-url <url>]
               [--rejects <path>]
options for both: [--data-dir <pglite directory>] [--help]

The database is DATABASE_URL, else embedded PGlite in --data-dir (default .crc-data/pglite).
sync reads the DTM subscription key from DTM_SUBSCRIPTION_KEY.

exit codes: 0 ok; 1 completed with rejected rows; 2 usage error; 3 source or DTM API error;
            4 database error. With 2, 3 and 4 nothing was written.`;

export interface CliIo {
  readonly stdout: ProgressStream;
  readonly stderr: ProgressStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Opens the database (tests pass their own); default createDb from DATABASE_URL or --data-dir. */
  readonly openDb?: (dataDir: string | undefined) => Promise<Db>;
}

class UsageError extends Error {}

function positiveInt(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new UsageError(`--${name} must be a whole number of 1 or more, not "${value}"`);
  return Number(value);
}

function isoDate(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new UsageError(`--${name} must be a date YYYY-MM-DD, not "${value}"`);
  return value;
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, not "${value}"`);
  return value as T;
}

function exitCodeOf(error: unknown): ExitCode {
  const cause = error instanceof ImportFailedError ? error.cause : error;
  if (cause instanceof DtmError || cause instanceof SourceFormatError) return EXIT.source;
  const code = (cause as { code?: unknown } | undefined)?.code;
  if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') return EXIT.source;
  // Anything else went wrong while talking to the database.
  return EXIT.database;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function printRejections(io: CliIo, rejected: readonly RejectedRow[]): void {
  const shown = rejected.slice(0, 20);
  for (const rejection of shown) {
    io.stderr.write(
      `  row ${rejection.row}, ${rejection.column}${rejection.value ? ` "${rejection.value}"` : ''}: ${rejection.reason}\n`,
    );
  }
  if (rejected.length > shown.length) io.stderr.write(`  ... and ${rejected.length - shown.length} more\n`);
}

function outcomeRows(outcome: ImportOutcome): [string, string | number | undefined][] {
  const ms = outcome.finishedAt.getTime() - outcome.startedAt.getTime();
  return [
    ['batch', outcome.batchId],
    ['status', outcome.status],
    ['rows read', outcome.counts.read],
    ['inserted', outcome.counts.inserted],
    ['updated', outcome.counts.updated],
    ['unchanged', outcome.counts.unchanged],
    ['rejected', outcome.counts.rejected],
    [
      'time',
      `${seconds(ms)} (${Math.round(outcome.counts.read / Math.max(ms / 1000, 0.001)).toLocaleString('en-US')} rows/s)`,
    ],
  ];
}

async function withDb<T>(io: CliIo, dataDir: string | undefined, work: (db: Db) => Promise<T>): Promise<T> {
  const db = io.openDb
    ? await io.openDb(dataDir)
    : await createDb(io.env.DATABASE_URL || undefined, dataDir === undefined ? {} : { dataDir });
  try {
    // Figures reference admin areas: make sure the reference geography is there (idempotent).
    if ((await db.prisma.adminArea.count()) === 0) await loadReferenceData(db.prisma);
    return await work(db);
  } finally {
    await db.close();
  }
}

async function runImport(
  io: CliIo,
  file: string,
  values: Record<string, string | boolean | string[] | undefined>,
): Promise<ExitCode> {
  const source = oneOf(
    'source',
    values.source as string | undefined,
    ['dtm_master_list', 'iom_document', 'manual'] as const,
  );
  const populationGroup = oneOf('population', values.population as string | undefined, ['idp', 'returnee'] as const);
  const round = positiveInt('round', values.round as string | undefined);
  const reportingDate = isoDate('date', values.date as string | undefined);
  const encoding = oneOf('encoding', (values.encoding as string | undefined)?.toLowerCase(), MASTER_LIST_ENCODINGS);
  const sheetText = values.sheet as string | undefined;
  const sheet =
    sheetText === undefined ? undefined : /^\d+$/.test(sheetText) ? positiveInt('sheet', sheetText) : sheetText;
  const rejectsPath =
    (values.rejects as string | undefined) ?? join(dirname(file), `${basename(file, extname(file))}.rejects.csv`);
  await access(file);

  const bar = createProgressBar(io.stderr, 'import');
  const result = await withDb(io, values['data-dir'] as string | undefined, (db) =>
    importMasterList(db, file, {
      rejectsPath,
      ...(source ? { source } : {}),
      ...(populationGroup ? { populationGroup } : {}),
      ...(round !== undefined ? { round } : {}),
      ...(reportingDate !== undefined ? { reportingDate } : {}),
      ...(encoding !== undefined ? { encoding } : {}),
      ...(sheet !== undefined ? { sheet } : {}),
      onProgress: ({ bytesRead, totalBytes, rowsRead }) =>
        bar.update(bytesRead, totalBytes, `${rowsRead.toLocaleString('en-US')} rows`),
    }),
  );
  bar.finish(`${result.counts.read.toLocaleString('en-US')} rows`);
  if (result.rejected.length > 0) {
    io.stderr.write(`rejected rows (all of them in ${result.rejectsPath ?? rejectsPath}):\n`);
    printRejections(io, result.rejected);
  }
  io.stdout.write(
    `${summaryTable([
      ['file', result.fileName],
      ['sha256', result.fileHash],
      ['columns by', result.columnsBy === 'hxl' ? 'HXL hashtags' : 'header names'],
      ...outcomeRows(result),
      ['placed by p-code', result.placedBy.code],
      ['placed by name', result.placedBy.name],
      ['rejects file', result.rejectsPath],
    ])}\n`,
  );
  return result.rejected.length > 0 ? EXIT.rejectedRows : EXIT.ok;
}

async function runSync(io: CliIo, values: Record<string, string | boolean | string[] | undefined>): Promise<ExitCode> {
  const query: DtmDisplacementQuery = {
    ...(values.operation ? { Operation: values.operation as string } : {}),
    ...(values.country ? { CountryName: values.country as string } : {}),
    ...(values.admin0 ? { Admin0Pcode: values.admin0 as string } : {}),
  };
  if (Object.keys(query).length === 0) throw new UsageError('sync needs --operation, --country or --admin0');
  const fromRound = positiveInt('from-round', values['from-round'] as string | undefined);
  const toRound = positiveInt('to-round', values['to-round'] as string | undefined);
  if (fromRound !== undefined && toRound !== undefined && fromRound > toRound)
    throw new UsageError('--from-round must not exceed --to-round');
  const fromDate = isoDate('from-date', values['from-date'] as string | undefined);
  const toDate = isoDate('to-date', values['to-date'] as string | undefined);
  Object.assign(query, {
    ...(fromRound !== undefined ? { FromRoundNumber: fromRound } : {}),
    ...(toRound !== undefined ? { ToRoundNumber: toRound } : {}),
    ...(fromDate ? { FromReportingDate: fromDate } : {}),
    ...(toDate ? { ToReportingDate: toDate } : {}),
  });
  const levels = ((values.level as string[] | undefined) ?? [])
    .flatMap((level) => level.split(','))
    .map((level) => oneOf('level', level.trim(), ['admin0', 'admin1', 'admin2'] as const) as DtmSyncLevel);
  if (!io.env.DTM_SUBSCRIPTION_KEY) throw new UsageError('set DTM_SUBSCRIPTION_KEY to your DTM API subscription key');
  const client = createDtmClient({
    env: io.env,
    ...(values['base-url'] ? { baseUrl: values['base-url'] as string } : {}),
  });

  const bar = createProgressBar(io.stderr, 'sync');
  const result = await withDb(io, values['data-dir'] as string | undefined, (db) =>
    syncFromDtmApi(db, client, {
      query,
      ...(levels.length > 0 ? { levels } : {}),
      // Fetching is the first half of the bar, writing the second.
      onProgress: ({ phase, done, total, level }) =>
        bar.update(
          phase === 'fetch' ? done : total + done,
          total * 2,
          phase === 'fetch' ? `fetching ${level ?? ''}`.trim() : `writing ${done.toLocaleString('en-US')}`,
        ),
    }),
  );
  bar.finish(`${result.counts.read.toLocaleString('en-US')} API rows`);
  let rejectsPath: string | undefined;
  if (result.rejected.length > 0) {
    rejectsPath = (values.rejects as string | undefined) ?? 'dtm-sync.rejects.csv';
    await writeRejectsCsv(rejectsPath, result.rejected);
    io.stderr.write(`rejected API rows (all of them in ${rejectsPath}; row = index in the endpoint's answer):\n`);
    printRejections(io, result.rejected);
  }
  io.stdout.write(
    `${summaryTable([
      ['DTM API', client.baseUrl],
      [
        'query',
        new URLSearchParams(
          Object.entries(query).map(([key, value]): [string, string] => [key, String(value)]),
        ).toString(),
      ],
      ...Object.entries(result.fetched).map(([level, rows]): [string, number] => [`${level} rows`, rows]),
      ...outcomeRows(result),
      ['placed by p-code', result.placedBy.code],
      ['placed by name', result.placedBy.name],
      ['rejects file', rejectsPath],
    ])}\n`,
  );
  return result.rejected.length > 0 ? EXIT.rejectedRows : EXIT.ok;
}

/** crc-dtm: parses argv, runs the command, returns the exit code (never throws). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    io.stderr.write(`crc-dtm: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return EXIT.usage;
  }
  const { positionals, values } = parsed;
  const [command, ...rest] = positionals;
  if (values.help) {
    io.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  try {
    if (command === 'import' && rest.length === 1 && rest[0]) return await runImport(io, rest[0], values);
    if (command === 'sync' && rest.length === 0) return await runSync(io, values);
    throw new UsageError(
      command === 'import'
        ? 'import takes exactly one file'
        : command
          ? `unknown command "${command}"`
          : 'no command given',
    );
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`crc-dtm: ${error.message}\n${USAGE}\n`);
      return EXIT.usage;
    }
    const code = exitCodeOf(error);
    const kind = code === EXIT.source ? 'source error' : 'database error';
    io.stderr.write(
      `\ncrc-dtm: ${kind}: ${error instanceof Error ? error.message : String(error)}\nnothing was written.\n`,
    );
    return code;
  }
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      source: { type: 'string' },
      rejects: { type: 'string' },
      population: { type: 'string' },
      round: { type: 'string' },
      date: { type: 'string' },
      encoding: { type: 'string' },
      sheet: { type: 'string' },
      operation: { type: 'string' },
      country: { type: 'string' },
      admin0: { type: 'string' },
      'from-round': { type: 'string' },
      'to-round': { type: 'string' },
      'from-date': { type: 'string' },
      'to-date': { type: 'string' },
      level: { type: 'string', multiple: true },
      'base-url': { type: 'string' },
      'data-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
