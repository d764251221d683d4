import { writeFile } from 'node:fs/promises';
import type { Db } from '@crc/db';
import type { Translator } from '@crc/i18n';
import type { ReachSource } from '../figures/reach-source';
import type { ReportPeriod } from '../programme/report-period';
import { renderSnapshot } from '../snapshot/render-snapshot';
import type { CliIo } from './run-cli';

export interface SnapshotCommand {
  readonly programmeCode: string;
  readonly period: ReportPeriod;
  readonly i18n: Translator;
  readonly reach: ReachSource;
  readonly out: string;
}

/** `crc-report snapshot`: the snapshot as HTML or, for a .pdf file, printed by headless Chromium. */
export async function writeSnapshot(io: CliIo, db: Db, command: SnapshotCommand): Promise<void> {
  const started = performance.now();
  const format = /\.pdf$/i.test(command.out) ? 'pdf' : 'html';
  const content = await renderSnapshot(db.prisma, { ...command, format });
  await writeFile(command.out, content);
  io.stdout.write(
    `crc-report: wrote ${command.out} (${format.toUpperCase()}, ${content.length} bytes, ${Math.round(performance.now() - started)} ms)\n`,
  );
}
