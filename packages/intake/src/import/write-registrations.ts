import {
  closeRegistrationImport,
  disabilityColumnOf,
  enqueueDuplicatePairs,
  importHouseholds,
  joinedTransaction,
  openRegistrationImport,
  type Actor,
  type ImportedHousehold,
  type Prisma,
} from '@crc/db';
import { WASHINGTON_GROUP_DOMAINS } from '@crc/domain';
import type { ProbableDuplicate } from '../duplicates/probable-duplicates';
import type { HouseholdDraft, MemberDraft } from '../registrations/map-household';
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
  readonly rejections: readonly Rejection[];
}

/** Something no household can be blamed for failed (the import row, the review queue): the whole import rolls back. */
export class ImportWriteError extends Error {
  override readonly name = 'ImportWriteError';
}

/** A command's typed failure, as the commands answer them (fields named in their own input). */
interface CommandFailure {
  readonly ok: false;
  readonly kind: string;
  readonly errors?: readonly { readonly field: string; readonly message: string }[];
  readonly field?: string;
  readonly reason?: string;
}

/** `members.2.person.sex` -> the draft's third member, so the reject names that member's row. */
function memberNamedBy(field: string, draft: HouseholdDraft): MemberDraft | undefined {
  const index = /^members\.(\d+)(\.|$)/.exec(field)?.[1];
  return index === undefined ? undefined : draft.members[Number(index)];
}

/** A refusal as rejects of the household: the command's fields and reasons, at the member's row when it names one. */
function refusalRejections(draft: HouseholdDraft, failure: CommandFailure): Rejection[] {
  const at = (field: string) => {
    const member = memberNamedBy(field, draft);
    return { ref: draft.ref, ...(member === undefined ? {} : { position: member.position }) };
  };
  if (failure.errors !== undefined && failure.errors.length > 0)
    return failure.errors.map((error) => ({ ...at(error.field), field: error.field, reason: error.message }));
  const field = failure.field ?? '(household)';
  const detail = failure.reason === undefined ? failure.kind : `${failure.kind}: ${failure.reason}`;
  return [{ ...at(field), field, reason: `refused by importHouseholds (${detail})` }];
}

/** A member's Washington Group answers keyed by domain (`self_care`), or undefined when none was given. */
function disabilityAnswers(member: MemberDraft): Record<string, string> | undefined {
  const answers: Record<string, string> = {};
  for (const domain of WASHINGTON_GROUP_DOMAINS) {
    const answer = member.disability[disabilityColumnOf(domain.code)];
    if (answer !== undefined) answers[domain.code] = answer;
  }
  return Object.keys(answers).length === 0 ? undefined : answers;
}

/** A checked household as the batched household command takes it: the head first, services for the head. */
function importedHousehold(draft: HouseholdDraft, centreId: string): ImportedHousehold {
  return {
    sourceKey: draft.sourceKey,
    registrationCentreId: draft.registrationCentreId,
    size: draft.size,
    areaOfResidencePcode: draft.areaOfResidencePcode,
    populationGroup: draft.populationGroup,
    registeredOn: draft.registeredOn,
    members: draft.members.map((member) => {
      const disability = disabilityAnswers(member);
      return {
        person: member.person,
        relationshipToHead: member.relationshipToHead,
        consentToContact: member.consentToContact,
        ...(disability === undefined ? {} : { disability }),
      };
    }),
    servicesDelivered: draft.servicesDelivered.map((serviceType) => ({ serviceType, centreId })),
  };
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
          householdsUnchanged: input.unchangedHouseholds + unchangedSince,
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
        rejections,
      };
    },
    { timeout: 6 * HOUR, maxWait: 60_000 },
  );
}
