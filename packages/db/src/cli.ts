#!/usr/bin/env node
// crc-db: open the CRC database (DATABASE_URL, or the embedded PGlite default), bring
// it up to date and show what it holds.
import { parseArgs } from 'node:util';
import { createDb } from './create-db';
import { FEEDBACK_USAGE, runFeedbackCli } from './feedback/feedback-cli';
import { loadReferenceData } from './reference/load-reference-data';
import { databaseStatus } from './status/database-status';
import { formatStatus } from './status/format-status';

const USAGE = `usage: crc-db <command> [--url <database url>] [--data-dir <pglite directory>]

commands:
  status    migrate, load reference data, and print row counts and the governorates
  migrate   apply pending migrations only
${FEEDBACK_USAGE}

The database is --url, else DATABASE_URL, else embedded PGlite in .crc-data/pglite.`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { url: { type: 'string' }, 'data-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const command = positionals[0];
  const known = command === 'status' || command === 'migrate' || command === 'feedback' || command === 'evaluation';
  if (values.help || !known) {
    (command && !values.help ? console.error : console.log)(USAGE);
    return command && !values.help ? 2 : 0;
  }

  const db = await createDb(values.url, {
    migrate: true,
    ...(values['data-dir'] ? { dataDir: values['data-dir'] } : {}),
  });
  try {
    const { applied } = db.migrations;
    console.log(
      applied.length ? `applied ${applied.length} migration(s): ${applied.join(', ')}` : 'migrations: up to date',
    );
    if (command === 'migrate') return 0;
    if (command === 'feedback' || command === 'evaluation')
      return await runFeedbackCli(db, command, positionals.slice(1));
    const { adminAreas, vocabularyTerms } = await loadReferenceData(db.prisma);
    console.log(
      `reference data: areas +${adminAreas.inserted} ~${adminAreas.updated} =${adminAreas.unchanged}; ` +
        `vocabulary terms +${vocabularyTerms.inserted} ~${vocabularyTerms.updated} =${vocabularyTerms.unchanged}`,
    );
    console.log(formatStatus(await databaseStatus(db)));
    return 0;
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`crc-db: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
