import type { Actor, Db } from '@crc/db';
import type { ProbableDuplicate } from '../duplicates/probable-duplicates';
import type { HouseholdDraft } from '../registrations/map-household';
import type { Rejection } from '../registrations/source-household';
import type { ReadSource } from './registration-source';

export interface WriteInput {
  readonly centreId: string;
  readonly source: ReadSource;
  readonly drafts: readonly HouseholdDraft[];
  readonly duplicates: readonly ProbableDuplicate[];
  readonly rejectedBefore: readonly Rejection[];
  readonly rowsRead: number;
  readonly unchangedHouseholds: number;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface Written {
  readonly importId: string;
  readonly householdsCreated: number;
  readonly peopleCreated: number;
  readonly deliveriesCreated: number;
  readonly duplicatesQueued: number;
  readonly duplicatesAlreadyQueued: number;
  readonly rejections: readonly Rejection[];
}

/** Writing waits for @crc/db's household registration command; until then only dry runs are offered. */
export class WritingUnavailableError extends Error {
  override readonly name = 'WritingUnavailableError';
}

export async function writeRegistrations(_db: Db, _actor: Actor, _input: WriteInput): Promise<Written> {
  throw new WritingUnavailableError('writing households needs @crc/db createHousehold, not on this version yet: run with --dry-run');
}
