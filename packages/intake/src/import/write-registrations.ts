import {
  closeRegistrationImport,
  createHousehold,
  disabilityColumnOf,
  enqueueDuplicatePairs,
  joinedTransaction,
  openRegistrationImport,
  recordConsent,
  recordDisability,
  recordRegistrationSource,
  recordServiceDelivery,
  registerValidBeneficiary,
  type Actor,
  type CommandDb,
  type Prisma,
  type Tx,
} from '@crc/db';
import { WASHINGTON_GROUP_DOMAINS, type ServiceType } from '@crc/domain';
import type { ProbableDuplicate } from '../duplicates/probable-duplicates';
import type { HouseholdDraft, MemberDraft } from '../registrations/map-household';
import type { Rejection } from '../registrations/source-household';
import type { ImportDb } from './import-registrations';
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

/** Carries a command's refusal out of the household's savepoint, so that everything the household wrote rolls back. */
class HouseholdRefused extends Error {
  constructor(
    readonly failure: CommandFailure,
    /** The member the refused command was about, when it was about one. */
    readonly member: MemberDraft | undefined,
    readonly command: string,
  ) {
    super(`household refused by ${command}: ${failure.kind}`);
  }
}

/** `members.2.beneficiaryId` -> the draft's third member, so the reject names that member's row. */
function memberNamedBy(field: string, draft: HouseholdDraft): MemberDraft | undefined {
  const index = /^members\.(\d+)(\.|$)/.exec(field)?.[1];
  return index === undefined ? undefined : draft.members[Number(index)];
}

/** A refusal as rejects of the household: the command's fields and reasons, at the member's row when it names one. */
function refusalRejections(draft: HouseholdDraft, refused: HouseholdRefused): Rejection[] {
  const { failure, command } = refused;
  const at = (field: string) => {
    const member = refused.member ?? memberNamedBy(field, draft);
    return { ref: draft.ref, ...(member === undefined ? {} : { position: member.position }) };
  };
  if (failure.errors !== undefined && failure.errors.length > 0)
    return failure.errors.map((error) => ({ ...at(error.field), field: error.field, reason: error.message }));
  const field = failure.field ?? '(household)';
  const detail = failure.reason === undefined ? failure.kind : `${failure.kind}: ${failure.reason}`;
  return [{ ...at(field), field, reason: `refused by ${command} (${detail})` }];
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

interface HouseholdWritten {
  readonly householdId: string;
  /** The people's ids in the draft's member order (the head first), whatever order the database keeps them in. */
  readonly ids: readonly string[];
  readonly disabilityRecorded: number;
  readonly deliveries: number;
}

/**
 * One household, inside its savepoint: each member registered by the registration command
 * (its centre check, the consent to data processing and to sharing, and audit; the
 * duplicate search was the import's, for the whole source, so `confirmNotDuplicate`), then
 * the household with those people by id and their relationships (createHousehold: one head,
 * size, the members' centre and consent), consent to be contacted (recordConsent, purpose
 * `contact`), their Washington Group answers (recordDisability) and the services of the day
 * for the head.
 * The people are registered first so that each id is known to belong to its source row:
 * createHousehold answers its members in the database's order. Any refusal throws
 * HouseholdRefused, which undoes the savepoint.
 */
async function writeHousehold(
  joined: CommandDb,
  inner: Tx,
  actor: Actor,
  centreId: string,
  draft: HouseholdDraft,
): Promise<HouseholdWritten> {
  const ids: string[] = [];
  for (const member of draft.members) {
    const registered = await registerValidBeneficiary(inner, actor, member.person, { confirmNotDuplicate: true });
    if (!registered.ok) throw new HouseholdRefused(registered, member, 'registerBeneficiary');
    ids.push(registered.value.id);
  }
  const created = await createHousehold(joined, actor, {
    registrationCentreId: draft.registrationCentreId,
    size: draft.size,
    areaOfResidencePcode: draft.areaOfResidencePcode,
    populationGroup: draft.populationGroup,
    registeredOn: draft.registeredOn,
    members: draft.members.map((member, index) => ({
      beneficiaryId: ids[index]!,
      relationshipToHead: member.relationshipToHead,
    })),
  });
  if (!created.ok) throw new HouseholdRefused(created, undefined, 'createHousehold');

  for (const [index, member] of draft.members.entries()) {
    if (!member.consentToContact) continue;
    const consented = await recordConsent(joined, actor, {
      beneficiaryId: ids[index]!,
      purposes: ['contact'],
      givenOn: draft.registeredOn,
      recordedHow: member.person.consentRecordedHow ?? 'imported registration',
    });
    if (!consented.ok) throw new HouseholdRefused(consented, member, 'recordConsent');
  }
  let disabilityRecorded = 0;
  for (const [index, member] of draft.members.entries()) {
    const answers = disabilityAnswers(member);
    if (answers === undefined) continue;
    const recorded = await recordDisability(joined, actor, {
      beneficiaryId: ids[index]!,
      askedOn: draft.registeredOn,
      answers,
    });
    if (!recorded.ok) throw new HouseholdRefused(recorded, member, 'recordDisability');
    disabilityRecorded += 1;
  }
  for (const serviceType of draft.servicesDelivered) {
    const delivered = await recordServiceDelivery(joined, actor, {
      beneficiaryId: ids[0]!,
      centreId,
      serviceType: serviceType as ServiceType,
      deliveredOn: draft.registeredOn,
    });
    if (!delivered.ok) throw new HouseholdRefused(delivered, draft.members[0], 'recordServiceDelivery');
  }
  return { householdId: created.value.id, ids, disabilityRecorded, deliveries: draft.servicesDelivered.length };
}

/** The review queue takes at most this many pairs per call (DuplicatePairsEnqueueSchema). */
const PAIRS_PER_CALL = 5000;

const HOUR = 60 * 60 * 1000;

/**
 * Writes an import in ONE transaction, every write through a @crc/db command joined to it
 * (joinedTransaction: each under a savepoint): the import row; each household with its
 * people, their disability answers and the services of the day (writeHousehold); its source
 * key; then the probable duplicates between people written now, or between one of them and
 * a registered person, into the review queue (enqueueDuplicatePairs: a pair queued before,
 * in either order, is not queued again); and the closed, audited import row. A household a
 * command refuses is rejected with the command's fields and reasons (its savepoint undone:
 * none of its people stay) and the rest goes on; anything thrown rolls the whole import back.
 */
export async function writeRegistrations(db: ImportDb, actor: Actor, input: WriteInput): Promise<Written> {
  return db.prisma.$transaction(
    async (tx) => {
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
      for (const [index, draft] of input.drafts.entries()) {
        let written: HouseholdWritten;
        try {
          written = await joined.$transaction((inner) => writeHousehold(joined, inner, actor, input.centreId, draft));
        } catch (error) {
          if (!(error instanceof HouseholdRefused)) throw error;
          rejections.push(...refusalRejections(draft, error));
          idsOf.push(undefined);
          continue;
        }
        await recordRegistrationSource(tx, {
          centreId: input.centreId,
          sourceKey: draft.sourceKey,
          importId,
          householdId: written.householdId,
          beneficiaryIds: written.ids,
        });
        idsOf.push(written.ids);
        households += 1;
        people += written.ids.length;
        disabilityRecorded += written.disabilityRecorded;
        deliveries += written.deliveries;
        if (index % 50 === 49) input.onProgress?.(index + 1, input.drafts.length);
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
          householdsUnchanged: input.unchangedHouseholds,
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
