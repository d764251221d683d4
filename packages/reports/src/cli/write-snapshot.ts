import type { Db } from '@crc/db';
import type { Translator } from '@crc/i18n';
import type { ReachSource } from '../figures/reach-source';
import type { ReportPeriod } from '../programme/report-period';
import type { CliIo } from './run-cli';

export interface SnapshotCommand {
  readonly programmeCode: string;
  readonly period: ReportPeriod;
  readonly i18n: Translator;
  readonly reach: ReachSource;
  readonly out: string;
}

/** The snapshot command (arrives with the snapshot renderer). */
export async function writeSnapshot(io: CliIo, _db: Db, command: SnapshotCommand): Promise<void> {
  throw new Error(`the snapshot is not available yet (asked for ${command.out})`);
}
