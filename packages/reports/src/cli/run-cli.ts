import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createDb, type Db } from '@crc/db';
import { createTranslator, SUPPORTED_LOCALES } from '@crc/i18n';
import { z } from 'zod';
import { toHxlCsv } from '../csv/hxl-csv';
import { exactReachSource } from '../figures/exact-reach-source';
import { figureTableExport } from '../figures/figure-table-export';
import { REACH_DIMENSION_NAMES } from '../figures/reach-source';
import { fiveWReport } from '../five-w/five-w-report';
import { findProgramme, UnknownProgrammeError } from '../programme/find-programme';
import { ReportPeriodSchema } from '../programme/report-period';
import type { ExportTable } from '../table/export-table';
import { toXlsx } from '../xlsx/xlsx-workbook';
import { EXIT } from './exit-codes';
import { writeSnapshot } from './write-snapshot';

export interface CliIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly env: NodeJS.ProcessEnv;
  /** Opens the database (tests pass their own); default createDb from DATABASE_URL or --data-dir. */
  readonly openDb?: (dataDir: string | undefined) => Promise<Db>;
}

const USAGE = `crc-report: figures out of the CRC database

  crc-report reach    --by SECTOR,SEX [--programme CODE] [--from DATE] [--to DATE] [--area PCODE]
                      [--area-level governorate|district|subdistrict] --out FILE.csv|FILE.xlsx
  crc-report 5w       --programme CODE --from DATE --to DATE --out FILE.csv|FILE.xlsx
  crc-report snapshot --programme CODE --from DATE --to DATE --out FILE.pdf|FILE.html

options for all: [--locale en|ar|ckb] (default en) [--digits latn|arab] (default: the locale's)
                 [--data-dir <pglite directory>] [--help]

Dimensions of reach: SEX, AGE_BRACKET, POPULATION_GROUP, DISABILITY_STATUS, AREA, SERVICE_TYPE, SECTOR (the last is the columns).
CSV files carry an HXL hashtag row under the headers; XLSX sheets are right to left in ar and ckb.
The database is DATABASE_URL, else embedded PGlite in --data-dir (default .crc-data/pglite).
This command is for operators who hold the database: its figures are exact. Partners download
protected figures from the gateway (/downloads/...).
Exit codes: 0 written, 2 usage error, 3 unknown programme, 4 database or other error.
`;

const CommonSchema = z.object({
  locale: z.enum(SUPPORTED_LOCALES).default('en'),
  digits: z.enum(['latn', 'arab']).optional(),
  out: z.string({ error: 'is required' }).min(1, 'is required'),
});

const ReachArgsSchema = CommonSchema.extend({
  by: z
    .string({ error: 'is required (e.g. --by SECTOR,SEX)' })
    .transform((value) => value.split(',').map((part) => part.trim().toUpperCase()))
    .pipe(z.array(z.enum(REACH_DIMENSION_NAMES)).min(1).max(4)),
  programme: z.string().optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  area: z.string().optional(),
  'area-level': z.enum(['governorate', 'district', 'subdistrict']).optional(),
  out: z.string().regex(/\.(csv|xlsx)$/i, 'must end in .csv or .xlsx'),
});

const ProgrammeArgsSchema = CommonSchema.extend({
  programme: z.string({ error: 'is required' }).min(1),
  from: z.string({ error: 'is required' }),
  to: z.string({ error: 'is required' }),
});

/** Runs one crc-report command; resolves to its exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || rest.includes('--help')) {
    io.stdout.write(USAGE);
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: [...rest],
      options: {
        by: { type: 'string' },
        programme: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        area: { type: 'string' },
        'area-level': { type: 'string' },
        locale: { type: 'string' },
        digits: { type: 'string' },
        out: { type: 'string' },
        'data-dir': { type: 'string' },
      },
      strict: true,
    }).values;
  } catch (error) {
    return usageError(io, error instanceof Error ? error.message : String(error));
  }
  const dataDir = values['data-dir'] as string | undefined;
  switch (command) {
    case 'reach':
      return reachCommand(io, values, dataDir);
    case '5w':
    case 'snapshot':
      return programmeCommand(io, command, values, dataDir);
    default:
      return usageError(io, `unknown command ${JSON.stringify(command)}: expected reach, 5w or snapshot`);
  }
}

function usageError(io: CliIo, message: string): number {
  io.stderr.write(`crc-report: ${message}\n\n${USAGE}`);
  return EXIT.usage;
}

/** "--field: reason" for each problem of the arguments. */
function argumentProblems(error: z.ZodError): string {
  return error.issues.map((issue) => `--${issue.path.join('.') || 'arguments'}: ${issue.message}`).join('; ');
}

async function withDb(io: CliIo, dataDir: string | undefined, run: (db: Db) => Promise<number>): Promise<number> {
  let db: Db;
  try {
    db = io.openDb
      ? await io.openDb(dataDir)
      : await createDb(io.env.DATABASE_URL || undefined, dataDir === undefined ? {} : { dataDir });
  } catch (error) {
    io.stderr.write(
      `crc-report: cannot open the database: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return EXIT.database;
  }
  try {
    return await run(db);
  } catch (error) {
    if (error instanceof UnknownProgrammeError) {
      io.stderr.write(`crc-report: --programme: ${error.message}\n`);
      return EXIT.notFound;
    }
    throw error;
  } finally {
    if (!io.openDb) await db.close();
  }
}

async function writeTable(io: CliIo, table: ExportTable, out: string): Promise<void> {
  const content = /\.xlsx$/i.test(out) ? await toXlsx(table) : toHxlCsv(table);
  await writeFile(out, content);
  io.stdout.write(`crc-report: wrote ${out} (${table.rows.length} rows, ${Buffer.byteLength(content)} bytes)\n`);
}

async function reachCommand(io: CliIo, values: Record<string, unknown>, dataDir: string | undefined): Promise<number> {
  const parsed = ReachArgsSchema.safeParse(values);
  if (!parsed.success) return usageError(io, argumentProblems(parsed.error));
  const args = parsed.data;
  const i18n = createTranslator(args.locale, args.digits ? { digits: args.digits } : {});
  return withDb(io, dataDir, async (db) => {
    const programme = args.programme ? await findProgramme(db.prisma, args.programme) : undefined;
    const filter = {
      ...(programme ? { programmeId: programme.id } : {}),
      ...(args.from ? { from: args.from } : {}),
      ...(args.to ? { to: args.to } : {}),
      ...(args.area ? { areaPcode: args.area } : {}),
    };
    const by = args.by;
    const table = await exactReachSource(
      db.prisma,
      i18n,
    )({ by, filter, ...(args['area-level'] ? { areaLevel: args['area-level'] } : {}) });
    const exported = figureTableExport(table, {
      i18n,
      title: i18n.t('report.reach.title'),
      ...(args['area-level'] ? { areaLevel: args['area-level'] } : {}),
      notes: [
        i18n.t('report.note.computed', {
          date: new Date().toISOString().slice(0, 10),
          query: `reach by ${by.join(', ')} where ${JSON.stringify(filter)}`,
        }),
      ],
    });
    await writeTable(io, exported, args.out);
    return EXIT.ok;
  });
}

async function programmeCommand(
  io: CliIo,
  command: '5w' | 'snapshot',
  values: Record<string, unknown>,
  dataDir: string | undefined,
): Promise<number> {
  const parsed = ProgrammeArgsSchema.safeParse(values);
  if (!parsed.success) return usageError(io, argumentProblems(parsed.error));
  const period = ReportPeriodSchema.safeParse({ from: parsed.data.from, to: parsed.data.to });
  if (!period.success) return usageError(io, argumentProblems(period.error));
  const args = parsed.data;
  const digits = args.digits;
  const i18n = createTranslator(args.locale, digits ? { digits } : {});
  if (command === '5w' && !/\.(csv|xlsx)$/i.test(args.out)) return usageError(io, '--out: must end in .csv or .xlsx');
  if (command === 'snapshot' && !/\.(pdf|html)$/i.test(args.out))
    return usageError(io, '--out: must end in .pdf or .html');
  return withDb(io, dataDir, async (db) => {
    const reach = exactReachSource(db.prisma, i18n);
    if (command === '5w') {
      await writeTable(
        io,
        await fiveWReport(db.prisma, { programmeCode: args.programme, period: period.data, i18n, reach }),
        args.out,
      );
      return EXIT.ok;
    }
    await writeSnapshot(io, db, { programmeCode: args.programme, period: period.data, i18n, reach, out: args.out });
    return EXIT.ok;
  });
}
