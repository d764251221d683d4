import {
  closeRegistrationImport,
  joinedTransaction,
  openRegistrationImport,
  recordRegistrationSource,
  recordServiceDelivery,
  registerValidBeneficiary,
  type Actor,
  type CommandResult,
  type Db,
} from '@crc/db';
import type { ServiceType } from '@crc/domain';
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

/** A command refused something the checks before did not catch (another rule of the command): the import stops. */
export class ImportWriteError extends Error {
  override readonly name = 'ImportWriteError';
}

/** Carries a member's refusal out of the household's savepoint, so that it rolls back. */
class HouseholdRefused extends Error {
  constructor(readonly failure: { readonly ok: false; readonly kind: string }) {
    super(`household refused: ${failure.kind}`);
  }
}

/** A command's failure as rejects of the household: its fields and reasons, with the household's ref. */
function failureRejections(
  draft: HouseholdDraft,
  failure: Exclude<CommandResult<unknown, { ok: false; kind: string }>, { ok: true }>,
): Rejection[] {
  const errors = (failure as { errors?: readonly { field: string; message: string }[] }).errors;
  if (errors && errors.length > 0)
    return errors.map((error) => ({ ref: draft.ref, field: error.field, reason: error.message }));
  const field = (failure as { field?: string }).field ?? '(household)';
  return [
    {
      ref: draft.ref,
      field,
      reason: `refused by the registration command: ${failure.kind}${(failure as { reason?: string }).reason ? ` (${(failure as { reason?: string }).reason})` : ''}`,
    },
  ];
}

const HOUR = 60 * 60 * 1000;

/**
 * Writes an import in ONE transaction, every write through a @crc/db command in it: the
 * import row, each member of each household (registerValidBeneficiary: the registration
 * command's centre check and audit; its duplicate check is the import's own, done before
 * for the whole file, so `confirmNotDuplicate`), the services of the day
 * (recordServiceDelivery, joined under a savepoint), the source key, and the closed,
 * audited import row. A household a command refuses is rejected with the command's fields
 * and reasons (its members' savepoint undone) and the rest goes on; anything thrown rolls
 * the whole import back. Household rows and the duplicate review queue are written once
 * @crc/db's createHousehold and enqueueDuplicatePairs are on main; until then the people
 * are registered with their household size and the probable duplicates are reported.
 */
export async function writeRegistrations(db: Db, actor: Actor, input: WriteInput): Promise<Written> {
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
      let households = 0;
      let people = 0;
      let deliveries = 0;
      for (const [index, draft] of input.drafts.entries()) {
        // One savepoint per household: a member refused undoes the members registered before it.
        let ids: string[];
        try {
          ids = await joined.$transaction(async (inner) => {
            const registeredIds: string[] = [];
            for (const member of draft.members) {
              const registered = await registerValidBeneficiary(inner, actor, member.person, {
                confirmNotDuplicate: true,
              });
              if (!registered.ok) throw new HouseholdRefused(registered);
              registeredIds.push(registered.value.id);
            }
            return registeredIds;
          });
        } catch (error) {
          if (!(error instanceof HouseholdRefused)) throw error;
          rejections.push(...failureRejections(draft, error.failure));
          continue;
        }
        for (const serviceType of draft.servicesDelivered) {
          const delivered = await recordServiceDelivery(joined, actor, {
            beneficiaryId: ids[0]!,
            centreId: input.centreId,
            serviceType: serviceType as ServiceType,
            deliveredOn: draft.registeredOn,
          });
          if (!delivered.ok) throw new ImportWriteError(`recordServiceDelivery refused ${JSON.stringify(delivered)}`);
          deliveries += 1;
        }
        await recordRegistrationSource(tx, {
          centreId: input.centreId,
          sourceKey: draft.sourceKey,
          importId,
          householdId: null,
          beneficiaryIds: ids,
        });
        households += 1;
        people += ids.length;
        if (index % 50 === 49) input.onProgress?.(index + 1, input.drafts.length);
      }
      input.onProgress?.(input.drafts.length, input.drafts.length);
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
          duplicatesQueued: 0,
        },
        JSON.parse(
          JSON.stringify({
            rejections: rejections.slice(0, 1000),
            rejectedTotal: rejections.length,
            probableDuplicates: input.duplicates.length,
          }),
        ),
      );
      return {
        importId,
        householdsCreated: households,
        peopleCreated: people,
        deliveriesCreated: deliveries,
        duplicatesQueued: 0,
        duplicatesAlreadyQueued: 0,
        rejections,
      };
    },
    { timeout: 6 * HOUR, maxWait: 60_000 },
  );
}
