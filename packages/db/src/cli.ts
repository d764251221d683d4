#!/usr/bin/env node
// crc-db: open the CRC database (DATABASE_URL, or the embedded PGlite default), bring
// it up to date and show what it holds.
import { parseArgs } from 'node:util';
import { createDb } from './create-db';
import { loadReferenceData } from './reference/load-reference-data';
import { databaseStatus } from './status/database-status';
import { formatStatus } from './status/format-status';

const USAGE = `usage: crc-db <command> [--url <database url>] [--data-dir <pglite directory>]

commands:
  status    migrate, load reference data, and print row counts and the governorates
  migrate   apply pending migrations only

The database is --url, else DATABASE_URL, else embedded PGlite in .crc-data/pglite.`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { url: { type: 'string' }, 'data-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const command = positionals[0];
  if (values.help || (command !== 'status' && command !== 'migrate')) {
    (command && !values.help ? console.error : console.log)(USAGE);
    return command && !values.help ? 2 : 0;
  }

  const db = await createDb(values.url, { migrate: true, ...(values['data-dir'] ? { dataDir: values['data-dir'] } : {}) });
  try {
    const { applied } = db.migrations;
    console.log(applied.length ? `applied ${applied.length} migration(s): ${applied.join(', ')}` : 'migrations: up to date');
    if (command === 'migrate') return 0;
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
