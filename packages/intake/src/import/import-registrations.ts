import { importedSourceKeys, isRecordId, type Actor, type Db } from '@crc/db';
import { todayInIraq } from '@crc/domain';
import { peopleToMatch, type PersonToMatch } from '../duplicates/person-to-match';
import { duplicatesWithinFile, pairScorer, type ProbableDuplicate } from '../duplicates/probable-duplicates';
import { searchExistingPeople } from '../duplicates/search-existing-people';
import { mapHousehold, type HouseholdDraft } from '../registrations/map-household';
import { describeRef, type Rejection } from '../registrations/source-household';
import type { DuplicateFinding, ImportReport } from './import-report';
import type { ReadProgress, RegistrationSource } from './registration-source';
import { checkImportedUpdates, type ImportedBefore } from './imported-updates';
import { withStatementTimeout } from './statement-timeout';
import { writeRegistrations } from './write-registrations';

/** What an import needs of a database: its Prisma client (the gateway passes the request's, with its budget). */
export type ImportDb = Pick<Db, 'prisma'>;

export interface ImportOptions {
  /** The centre the people are registered at, by its code (e.g. `CRC-JAL`), or by `centreId`. */
  readonly centreCode?: string;
  /** The centre by its UUID (the gateway's argument), instead of `centreCode`. */
  readonly centreId?: string;
  /** The most data rows (file) or submissions (Kobo) the import takes: more is an ImportTooLargeError, nothing written. */
  readonly maxRows?: number;
  /** Show what would be created, unchanged and rejected, and the probable duplicates; write nothing. */
  readonly dryRun?: boolean;
  /**
   * PostgreSQL statement_timeout of the import's statements (SET LOCAL in its transactions:
   * the duplicate search and the writing), over the connection's own; unset: the connection's.
   * The gateway gives imports a budget of their own (IMPORT_STATEMENT_TIMEOUT_MS).
   */
  readonly statementTimeoutMs?: number;
  /** Registration date for rows without one. Default today in Iraq. */
  readonly today?: string;
  /** Reading (phase `read`) and writing (phase `write`, households done of total). */
  readonly onProgress?: (phase: 'read' | 'write', done: number, total: number, note: string) => void;
}

/** The import cannot start: an unknown centre, or one the actor may not register people at. Nothing was read or written. */
export class ImportRefusedError extends Error {
  override readonly name = 'ImportRefusedError';
  constructor(
    message: string,
    readonly reason: 'unknown_centre' | 'not_allowed',
  ) {
    super(message);
  }
}

/** The source holds more rows than the import's `maxRows`. Nothing was written. */
export class ImportTooLargeError extends Error {
  override readonly name = 'ImportTooLargeError';
  constructor(
    readonly rows: number,
    readonly maxRows: number,
  ) {
    super(`the source holds ${rows} rows, more than the ${maxRows} this import takes`);
  }
}

function personLabel(person: PersonToMatch): string {
  if (person.ref.kind === 'submission') return `submission ${person.ref.id}, member ${person.position}`;
  return person.position > 0 ? `row ${person.position}` : describeRef(person.ref);
}

function finding(duplicate: ProbableDuplicate): DuplicateFinding {
  return {
    person: personLabel(duplicate.person),
    other:
      duplicate.other.kind === 'file'
        ? personLabel(duplicate.other.person)
        : `registered person ${duplicate.other.person.id}`,
    otherKind: duplicate.other.kind,
    ...(duplicate.other.kind === 'existing' ? { otherId: duplicate.other.person.id } : {}),
    score: Math.round(duplicate.score * 1000) / 1000,
    reasons: duplicate.reasons,
  };
}

async function findCentre(db: ImportDb, options: ImportOptions): Promise<{ id: string; code: string }> {
  const select = { id: true, code: true } as const;
  if (options.centreId !== undefined) {
    const centre = isRecordId(options.centreId)
      ? await db.prisma.centre.findUnique({ where: { id: options.centreId }, select })
      : null;
    if (centre === null) throw new ImportRefusedError(`no centre with the id "${options.centreId}"`, 'unknown_centre');
    return centre;
  }
  if (options.centreCode === undefined) throw new ImportRefusedError('no centre given', 'unknown_centre');
  const centre = await db.prisma.centre.findUnique({ where: { code: options.centreCode }, select });
  if (centre === null)
    throw new ImportRefusedError(`no centre with the code "${options.centreCode}"`, 'unknown_centre');
  return centre;
}

/**
 * Imports registrations from a file or a KoboToolbox asset into one centre, through the
 * registration commands of @crc/db: read every household, check it (mapHousehold: the
 * domain schemas), leave out those whose source key was imported before, find probable
 * duplicates (within the source and against the people the actor may see), then, unless
 * `dryRun`, write everything in ONE transaction (writeRegistrations): households, people,
 * deliveries, the duplicate pairs into the review queue, the source keys and the audited
 * import row. A failure rolls it all back. The people are registered at `centreCode`
 * only, which the actor must be allowed to act for (CENTRE_STAFF of it, or ADMIN).
 */
export async function importRegistrations(
  db: ImportDb,
  actor: Actor,
  source: RegistrationSource,
  options: ImportOptions,
): Promise<ImportReport> {
  const centre = await findCentre(db, options);
  const allowed = actor.role === 'ADMIN' || (actor.role === 'CENTRE_STAFF' && actor.centreIds.has(centre.id));
  if (!allowed) throw new ImportRefusedError(`${actor.name} may not register people at ${centre.code}`, 'not_allowed');
  const today = options.today ?? todayInIraq();

  const started = performance.now();
  const onRead: ReadProgress = (done, total, note) => options.onProgress?.('read', done, total, note);
  const read = await source.read(onRead);
  const readMs = performance.now() - started;
  if (options.maxRows !== undefined && read.read > options.maxRows)
    throw new ImportTooLargeError(read.read, options.maxRows);

  const checking = performance.now();
  const rejections: Rejection[] = [...read.rejected];
  const drafts: HouseholdDraft[] = [];
  for (const household of read.households) {
    const mapped = mapHousehold(household, { registrationCentreId: centre.id, today });
    if (mapped.ok) drafts.push(mapped.draft);
    else rejections.push(...mapped.rejections);
  }
  const seenKeys = new Set<string>();
  const fresh: HouseholdDraft[] = [];
  const already = await importedSourceKeys(
    db.prisma,
    centre.id,
    drafts.map((draft) => draft.sourceKey),
  );
  let unchangedPeople = 0;
  /** Households imported before: compared with what the source says now (updated, or unchanged). */
  const imported: ImportedBefore[] = [];
  for (const draft of drafts) {
    if (seenKeys.has(draft.sourceKey)) {
      rejections.push({
        ref: draft.ref,
        field: 'householdKey',
        value: draft.sourceKey.replace(/^[a-z-]+:/, ''),
        reason: 'the same household key (or Kobo _uuid) appears twice in the source',
      });
      continue;
    }
    seenKeys.add(draft.sourceKey);
    const before = already.get(draft.sourceKey);
    if (before === undefined) fresh.push(draft);
    else if (before.householdId === null) unchangedPeople += before.beneficiaryIds.length;
    else imported.push({ draft, householdId: before.householdId, beneficiaryIds: before.beneficiaryIds });
  }
  const checkMs = performance.now() - checking;

  const searching = performance.now();
  const people = peopleToMatch(fresh);
  const scorer = pairScorer();
  const registered = await withStatementTimeout(db, options.statementTimeoutMs, (tx) =>
    searchExistingPeople(tx, actor, people, scorer),
  );
  const duplicates = [...duplicatesWithinFile(people, scorer), ...registered.duplicates];
  const duplicateSearchMs = performance.now() - searching;
  const duplicateSearch = {
    registeredCandidates: registered.rowsRead,
    pairsScored: scorer.stats.computed,
    pairsRemembered: scorer.stats.remembered,
  };

  const base = {
    source: {
      kind: read.kind,
      name: read.name,
      ...(read.fileHash ? { fileHash: read.fileHash } : {}),
      ...(read.layout ? { layout: read.layout } : {}),
      ignored: read.ignored,
    },
    centre,
    rejections,
    duplicates: duplicates.map(finding),
    duplicateSearch,
  };
  const withinFile = duplicates.filter((duplicate) => duplicate.other.kind === 'file').length;
  const againstExisting = duplicates.length - withinFile;
  const totalHouseholds =
    read.households.length + read.rejected.filter((rejection) => rejection.ref.kind === 'submission').length;

  /** Households of the source left as they were: imported before without a household record. */
  const leftAlone = drafts.length - fresh.length - imported.length;
  if (options.dryRun) {
    const updates = await checkImportedUpdates(db.prisma, actor, centre.id, imported, true);
    const allRejections = [...rejections, ...updates.rejections];
    return {
      ...base,
      rejections: allRejections,
      changes: updates.changes,
      dryRun: true,
      counts: {
        read: read.read,
        households: {
          total: totalHouseholds,
          created: fresh.length,
          updated: updates.householdsUpdated,
          unchanged: leftAlone + updates.householdsUnchanged,
          rejected: new Set(allRejections.map((rejection) => JSON.stringify(rejection.ref))).size,
        },
        people: {
          created: people.length,
          updated: updates.peopleUpdated,
          unchanged: unchangedPeople + updates.peopleUnchanged,
        },
        deliveries: { created: fresh.reduce((sum, draft) => sum + draft.servicesDelivered.length, 0) },
        duplicates: { withinFile, againstExisting, queued: 0, alreadyQueued: 0 },
      },
      timings: { readMs, checkMs, duplicateSearchMs, writeMs: 0 },
    };
  }

  const writing = performance.now();
  const written = await writeRegistrations(db, actor, {
    centreId: centre.id,
    ...(options.statementTimeoutMs === undefined ? {} : { statementTimeoutMs: options.statementTimeoutMs }),
    source: read,
    drafts: fresh,
    duplicates,
    rejectedBefore: rejections,
    rowsRead: read.read,
    imported,
    unchangedHouseholds: leftAlone,
    onProgress: (done, total) =>
      options.onProgress?.('write', done, total, `${done.toLocaleString('en-US')} households`),
  });
  return {
    ...base,
    rejections: written.rejections,
    changes: written.updates.changes,
    dryRun: false,
    importId: written.importId,
    counts: {
      read: read.read,
      households: {
        total: totalHouseholds,
        created: written.householdsCreated,
        updated: written.updates.householdsUpdated,
        unchanged: leftAlone + written.updates.householdsUnchanged + written.householdsImportedMeanwhile,
        rejected: new Set(written.rejections.map((rejection) => JSON.stringify(rejection.ref))).size,
      },
      people: {
        created: written.peopleCreated,
        updated: written.updates.peopleUpdated,
        unchanged: unchangedPeople + written.updates.peopleUnchanged,
      },
      deliveries: { created: written.deliveriesCreated },
      duplicates: {
        withinFile,
        againstExisting,
        queued: written.duplicatesQueued,
        alreadyQueued: written.duplicatesAlreadyQueued,
      },
    },
    timings: { readMs, checkMs, duplicateSearchMs, writeMs: performance.now() - writing },
  };
}
