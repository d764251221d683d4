import {
  closeRegistrationImport,
  enqueueDuplicatePairs,
  importHouseholds,
  joinedTransaction,
  openRegistrationImport,
  type Actor,
  type Prisma,
} from '@crc/db';
import { importedHousehold, refusalRejections } from './imported-household';
import { checkImportedUpdates, type ImportedBefore, type UpdatesChecked } from './imported-updates';
import type { ProbableDuplicate } from '../duplicates/probable-duplicates';
import type { HouseholdDraft } from '../registrations/map-household';
import type { Rejection } from '../registrations/source-household';
import type { ImportDb } from './import-registrations';
import type { ReadSource } from './registration-source';
import { setLocalStatementTimeout } from './statement-timeout';

export interface WriteInput {
  readonly centreId: string;
  readonly source: ReadSource;
  readonly drafts: readonly HouseholdDraft[];
  readonly duplicates: readonly ProbableDuplicate[];
  readonly rejectedBefore: readonly Rejection[];
  readonly rowsRead: number;
  /** Households imported before, checked against the source now and updated where it changed. */
  readonly imported: readonly ImportedBefore[];
  readonly unchangedHouseholds: number;
  /** statement_timeout of the transaction's statements (SET LOCAL); unset: the connection's. */
  readonly statementTimeoutMs?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface Written {
  readonly importId: string;
  readonly householdsCreated: number;
  /** Households whose source key another import wrote after this one checked (a concurrent import of the same source). */
  readonly householdsImportedMeanwhile: number;
  readonly peopleCreated: number;
  readonly disabilityRecorded: number;
  readonly deliveriesCreated: number;
  readonly duplicatesQueued: number;
  readonly duplicatesAlreadyQueued: number;
  /** The households imported before: updated, unchanged, refused (their rejects are in `rejections`). */
  readonly updates: UpdatesChecked;
  readonly rejections: readonly Rejection[];
}

/** Something no household can be blamed for failed (the import row, the review queue): the whole import rolls back. */
export class ImportWriteError extends Error {
  override readonly name = 'ImportWriteError';
}

/**
 * Households per call of importHouseholds: its statements (one per table) carry this many
 * households' rows, about 2,000 people, as one JSON parameter each.
 */
const HOUSEHOLDS_PER_BATCH = 500;

/** The review queue takes at most this many pairs per call (DuplicatePairsEnqueueSchema). */
const PAIRS_PER_CALL = 5000;

const HOUR = 60 * 60 * 1000;

/**
 * Writes an import in ONE transaction through @crc/db commands: the import row; the
 * households with their people, consent, disability answers and the services of the day, in
 * batches of HOUSEHOLDS_PER_BATCH through importHouseholds (one statement per table per
 * batch; it claims each source key, so a household imported meanwhile is left alone); then
 * the probable duplicates between people written now, or between one of them and a
 * registered person, into the review queue (enqueueDuplicatePairs: a pair queued before, in
 * either order, is not queued again); and the closed, audited import row. A household the
 * command refuses is rejected with its fields and reasons (none of its people are written)
 * and the rest goes on; anything thrown rolls the whole import back.
 */
export async function writeRegistrations(db: ImportDb, actor: Actor, input: WriteInput): Promise<Written> {
  return db.prisma.$transaction(
    async (tx) => {
      if (input.statementTimeoutMs !== undefined) await setLocalStatementTimeout(tx, input.statementTimeoutMs);
      const joined = joinedTransaction(tx);
      const opened = await openRegistrationImport(tx, actor, {
        centreId: input.centreId,
        sourceKind: input.source.kind,
        sourceName: input.source.name,
        ...(input.source.fileHash ? { fileHash: input.source.fileHash } : {}),
      });
      if (!opened.ok) throw new ImportWriteError(`the import could not start: ${opened.kind}`);
      const importId = opened.value.id;
      const rejections: Rejection[] = [...input.rejectedBefore];
      /** Per draft (the duplicates' `household` index): its people's ids in member order, when written. */
      const idsOf: (readonly string[] | undefined)[] = [];
      let households = 0;
      let people = 0;
      let disabilityRecorded = 0;
      let deliveries = 0;
      let unchangedSince = 0;
      for (let start = 0; start < input.drafts.length; start += HOUSEHOLDS_PER_BATCH) {
        const batch = input.drafts.slice(start, start + HOUSEHOLDS_PER_BATCH);
        const imported = await importHouseholds(tx, actor, {
          importId,
          households: batch.map((draft) => importedHousehold(draft, input.centreId)),
        });
        if (!imported.ok)
          throw new ImportWriteError(`the households could not be imported: ${JSON.stringify(imported)}`);
        for (const [at, outcome] of imported.value.entries()) {
          const draft = batch[at]!;
          if (outcome.kind === 'created') {
            idsOf.push(outcome.beneficiaryIds);
            households += 1;
            people += outcome.beneficiaryIds.length;
            disabilityRecorded += outcome.disabilityRecorded;
            deliveries += outcome.deliveries;
          } else {
            idsOf.push(undefined);
            if (outcome.kind === 'refused') rejections.push(...refusalRejections(draft, outcome.failure));
            // Imported since the check before the transaction (a concurrent import of the same source).
            else unchangedSince += 1;
          }
        }
        input.onProgress?.(start + batch.length, input.drafts.length);
      }
      input.onProgress?.(input.drafts.length, input.drafts.length);
      const updates = await checkImportedUpdates(tx, actor, input.centreId, input.imported, false);
      rejections.push(...updates.rejections);

      const pairs = input.duplicates.flatMap((duplicate) => {
        const a = idsOf[duplicate.person.household]?.[duplicate.person.member];
        const b =
          duplicate.other.kind === 'existing'
            ? duplicate.other.person.id
            : idsOf[duplicate.other.person.household]?.[duplicate.other.person.member];
        // A pair with a person of a rejected household has no one to review.
        return a === undefined || b === undefined
          ? []
          : [{ beneficiaryAId: a, beneficiaryBId: b, score: duplicate.score, reasons: [...duplicate.reasons] }];
      });
      let queued = 0;
      let alreadyQueued = 0;
      for (let start = 0; start < pairs.length; start += PAIRS_PER_CALL) {
        const enqueued = await enqueueDuplicatePairs(joined, actor, {
          source: `import:${importId}`,
          pairs: pairs.slice(start, start + PAIRS_PER_CALL),
        });
        if (!enqueued.ok) throw new ImportWriteError(`the review queue refused the pairs: ${JSON.stringify(enqueued)}`);
        queued += enqueued.value.queued.length;
        alreadyQueued += enqueued.value.alreadyQueued;
      }

      const rejectedHouseholds = new Set(rejections.map((rejection) => JSON.stringify(rejection.ref))).size;
      await closeRegistrationImport(
        tx,
        actor,
        importId,
        {
          rowsRead: input.rowsRead,
          householdsCreated: households,
          householdsUnchanged: input.unchangedHouseholds + unchangedSince + updates.householdsUnchanged,
          householdsRejected: rejectedHouseholds,
          peopleCreated: people,
          deliveriesCreated: deliveries,
          duplicatesQueued: queued,
        },
        // Rows, fields, reasons and counts only: the rejections quote no personal value.
        JSON.parse(
          JSON.stringify({
            rejections: rejections.slice(0, 1000),
            rejectedTotal: rejections.length,
            probableDuplicates: input.duplicates.length,
            duplicatePairs: pairs.length,
            disabilityRecorded,
            householdsUpdated: updates.householdsUpdated,
            peopleUpdated: updates.peopleUpdated,
            changes: updates.changes.slice(0, 1000),
          }),
        ) as Prisma.InputJsonValue,
      );
      return {
        importId,
        householdsCreated: households,
        householdsImportedMeanwhile: unchangedSince,
        peopleCreated: people,
        disabilityRecorded,
        deliveriesCreated: deliveries,
        duplicatesQueued: queued,
        duplicatesAlreadyQueued: alreadyQueued,
        updates,
        rejections,
      };
    },
    { timeout: 6 * HOUR, maxWait: 60_000 },
  );
}
