import { access } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { createDb, loadReferenceData, systemActor, type Db } from '@crc/db';
import { createProgressBar, EXIT, SourceFormatError, summaryTable, type ExitCode, type ProgressStream } from '@crc/dtm';
import { KoboError } from '../kobo/kobo-errors';
import { createKoboClient } from '../kobo/kobo-client';
import { ImportRefusedError, importRegistrations } from '../import/import-registrations';
import type { ImportReport } from '../import/import-report';
import { fileSource, koboSource, type RegistrationSource } from '../import/registration-source';
import { writeRejectsFile } from '../registrations/rejects-file';
import { writeRegistrationTemplate } from '../registrations/registration-template';
import { describeRef } from '../registrations/source-household';
import { TEMPLATE_LANGUAGES, type TemplateLanguage } from '../registrations/template-labels';

export const USAGE = `usage:
  crc-import registrations <file.csv|file.xlsx> --centre <code> [--dry-run] [--rejects <path>] [--sheet <name or number>]
  crc-import kobo --asset <uid> --url <https://kf.kobotoolbox.org> [--token <API token>] --centre <code> [--dry-run] [--rejects <path>]
  crc-import template --lang en|ar --out <file.xlsx>
options: [--data-dir <pglite directory>] [--help]

registrations and kobo register households and their people at the centre <code>, through the
registration commands of @crc/db, in one transaction: all of it or nothing. Importing the same
rows or submissions again changes nothing. Probable duplicates (same area and birth year,
names alike in any script) go to the duplicate review queue; --dry-run lists them and writes nothing.
The database is DATABASE_URL, else embedded PGlite in --data-dir (default .crc-data/pglite).
kobo reads the token from --token or KOBO_TOKEN.

exit codes: 0 ok; 1 completed with rejected rows; 2 usage error; 3 source error (file, KoboToolbox);
            4 database error. With 2, 3 and 4 nothing was written.`;

export interface CliIo {
  readonly stdout: ProgressStream;
  readonly stderr: ProgressStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Opens the database (tests pass their own); default createDb from DATABASE_URL or --data-dir. */
  readonly openDb?: (dataDir: string | undefined) => Promise<Db>;
}

class UsageError extends Error {}

type Values = ReturnType<typeof parse>['values'];

async function withDb<T>(io: CliIo, dataDir: string | undefined, work: (db: Db) => Promise<T>): Promise<T> {
  const db = io.openDb
    ? await io.openDb(dataDir)
    : await createDb(io.env.DATABASE_URL || undefined, dataDir === undefined ? {} : { dataDir });
  try {
    if ((await db.prisma.adminArea.count()) === 0) await loadReferenceData(db.prisma);
    return await work(db);
  } finally {
    await db.close();
  }
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** The report as the terminal shows it: a summary table, then the duplicates and the first rejects (rows and ids, no names). */
export function formatReport(report: ImportReport, rejectsPath: string | undefined): string {
  const { counts, timings } = report;
  const totalMs = timings.readMs + timings.checkMs + timings.duplicateSearchMs + timings.writeMs;
  const verb = report.dryRun ? 'would be created' : 'created';
  const lines = [
    summaryTable([
      ['mode', report.dryRun ? 'DRY RUN: nothing was written' : 'import (one transaction)'],
      ['source', `${report.source.kind} ${report.source.name}`],
      ['sha256', report.source.fileHash],
      ['layout', report.source.layout],
      ['centre', report.centre.code],
      ['import', report.importId],
      [report.source.kind === 'kobo' ? 'submissions read' : 'rows read', counts.read],
      ['households', counts.households.total],
      [`  ${verb}`, counts.households.created],
      [
        report.dryRun
          ? '  would be updated (imported before, changed since)'
          : '  updated (imported before, changed since)',
        counts.households.updated,
      ],
      ['  unchanged (imported before)', counts.households.unchanged],
      ['  rejected', counts.households.rejected],
      [`people ${verb}`, counts.people.created],
      [report.dryRun ? 'people would be updated' : 'people updated', counts.people.updated],
      ['people unchanged', counts.people.unchanged],
      [`service deliveries ${verb}`, counts.deliveries.created],
      ['probable duplicates in the source', counts.duplicates.withinFile],
      ['probable duplicates of registered people', counts.duplicates.againstExisting],
      ...(report.dryRun
        ? []
        : ([
            ['queued for review', counts.duplicates.queued],
            ['already in the queue', counts.duplicates.alreadyQueued || undefined],
          ] as [string, number | undefined][])),
      [
        'ignored columns',
        report.source.ignored.length > 0
          ? report.source.ignored.slice(0, 8).join(', ') + (report.source.ignored.length > 8 ? ', ...' : '')
          : undefined,
      ],
      ['rejects file', rejectsPath],
      [
        'time',
        `${seconds(totalMs)} (read ${seconds(timings.readMs)}, checks ${seconds(timings.checkMs)}, duplicate search ${seconds(timings.duplicateSearchMs)}, write ${seconds(timings.writeMs)})`,
      ],
    ]),
  ];
  if (report.duplicates.length > 0) {
    lines.push(
      '',
      `probable duplicates (${report.dryRun ? 'would go to' : 'now in'} the review queue; nothing was merged):`,
    );
    const rows = report.duplicates
      .slice(0, 50)
      .map((duplicate) => [
        duplicate.person,
        duplicate.other,
        duplicate.score.toFixed(2),
        duplicate.reasons.join(', '),
      ]);
    const header = ['person', 'probably the same as', 'score', 'why'];
    const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
    for (const row of [header, ...rows])
      lines.push(`  ${row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ')}`.trimEnd());
    if (report.duplicates.length > rows.length) lines.push(`  ... and ${report.duplicates.length - rows.length} more`);
  }
  if (report.rejections.length > 0) {
    lines.push('', `rejected (the whole household is left out; all of them in ${rejectsPath ?? 'the rejects file'}):`);
    for (const rejection of report.rejections.slice(0, 20)) {
      lines.push(
        `  ${describeRef(rejection.ref)}${rejection.position !== undefined && rejection.ref.kind === 'rows' && rejection.ref.rows.length > 1 ? ` (row ${rejection.position})` : ''}, ${rejection.field}${rejection.value ? ` "${rejection.value}"` : ''}: ${rejection.reason}`,
      );
    }
    if (report.rejections.length > 20) lines.push(`  ... and ${report.rejections.length - 20} more`);
  }
  return `${lines.join('\n')}\n`;
}

function centreOf(values: Values): string {
  if (!values.centre) throw new UsageError('--centre <code> is required: the centre the people are registered at');
  return values.centre;
}

async function runImport(
  io: CliIo,
  source: RegistrationSource,
  values: Values,
  defaultRejects: string,
): Promise<ExitCode> {
  const centreCode = centreOf(values);
  const bar = createProgressBar(io.stderr, values['dry-run'] ? 'dry run' : 'import');
  const actor = systemActor(`cli:crc-import`);
  const report = await withDb(io, values['data-dir'], (db) =>
    importRegistrations(db, actor, source, {
      centreCode,
      dryRun: values['dry-run'] === true,
      // Reading is the first half of the bar, writing the second.
      onProgress: (phase, done, total, note) =>
        bar.update(phase === 'read' ? done / Math.max(total, 1) : 1 + done / Math.max(total, 1), 2, note),
    }),
  );
  bar.finish(`${report.counts.households.total.toLocaleString('en-US')} households`);
  let rejectsPath: string | undefined;
  if (report.rejections.length > 0) {
    rejectsPath = values.rejects ?? defaultRejects;
    await writeRejectsFile(rejectsPath, report.rejections);
  }
  io.stdout.write(formatReport(report, rejectsPath));
  return report.rejections.length > 0 ? EXIT.rejectedRows : EXIT.ok;
}

async function runRegistrations(io: CliIo, file: string, values: Values): Promise<ExitCode> {
  await access(file);
  const sheet =
    values.sheet === undefined ? undefined : /^\d+$/.test(values.sheet) ? Number(values.sheet) : values.sheet;
  const source = fileSource(file, sheet === undefined ? {} : { sheet });
  return runImport(io, source, values, join(dirname(file), `${basename(file, extname(file))}.rejects.csv`));
}

async function runKobo(io: CliIo, values: Values): Promise<ExitCode> {
  if (!values.asset) throw new UsageError('--asset <uid> is required (the form, e.g. aBcDeFgHiJkLmNoPqRsTuV)');
  const url = values.url ?? io.env.KOBO_URL;
  if (!url) throw new UsageError('--url is required (e.g. https://kf.kobotoolbox.org or https://eu.kobotoolbox.org)');
  const token = values.token ?? io.env.KOBO_TOKEN;
  if (!token)
    throw new UsageError('--token or KOBO_TOKEN is required (the API key of your KoboToolbox account settings)');
  centreOf(values);
  const client = createKoboClient({ baseUrl: url, token, env: io.env });
  return runImport(io, koboSource(client, values.asset), values, `kobo-${values.asset}.rejects.csv`);
}

async function runTemplate(io: CliIo, values: Values): Promise<ExitCode> {
  const language = (values.lang ?? 'en') as TemplateLanguage;
  if (!TEMPLATE_LANGUAGES.includes(language))
    throw new UsageError(`--lang must be one of ${TEMPLATE_LANGUAGES.join(', ')}, not "${values.lang}"`);
  if (!values.out) throw new UsageError('--out <file.xlsx> is required');
  if (extname(values.out).toLowerCase() !== '.xlsx') throw new UsageError('--out must name an .xlsx file');
  await writeRegistrationTemplate(values.out, language);
  io.stdout.write(
    `registration template (${language}) written to ${values.out}: fill one row per person, the same household key on each member's row\n`,
  );
  return EXIT.ok;
}

function exitCodeOf(error: unknown): ExitCode {
  if (error instanceof KoboError || error instanceof SourceFormatError) return EXIT.source;
  const code = (error as { code?: unknown } | undefined)?.code;
  if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') return EXIT.source;
  return EXIT.database;
}

/** crc-import: parses argv, runs the command, returns the exit code (never throws). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    io.stderr.write(`crc-import: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return EXIT.usage;
  }
  const { positionals, values } = parsed;
  const [command, ...rest] = positionals;
  if (values.help) {
    io.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  try {
    if (command === 'registrations' && rest.length === 1 && rest[0]) return await runRegistrations(io, rest[0], values);
    if (command === 'kobo' && rest.length === 0) return await runKobo(io, values);
    if (command === 'template' && rest.length === 0) return await runTemplate(io, values);
    throw new UsageError(
      command === 'registrations'
        ? 'registrations takes exactly one file'
        : command
          ? `unknown command "${command}"`
          : 'no command given',
    );
  } catch (error) {
    if (error instanceof UsageError || error instanceof ImportRefusedError) {
      io.stderr.write(`crc-import: ${error.message}\n${error instanceof UsageError ? `${USAGE}\n` : ''}`);
      return EXIT.usage;
    }
    const code = exitCodeOf(error);
    const kind = code === EXIT.source ? 'source error' : 'database error';
    io.stderr.write(
      `\ncrc-import: ${kind}: ${error instanceof Error ? error.message : String(error)}\nnothing was written.\n`,
    );
    return code;
  }
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      centre: { type: 'string' },
      'dry-run': { type: 'boolean' },
      rejects: { type: 'string' },
      sheet: { type: 'string' },
      asset: { type: 'string' },
      url: { type: 'string' },
      token: { type: 'string' },
      lang: { type: 'string' },
      out: { type: 'string' },
      'data-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
