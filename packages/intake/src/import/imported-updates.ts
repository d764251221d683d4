import { updateImportedHouseholds, type Actor, type Tx } from '@crc/db';
import type { HouseholdDraft } from '../registrations/map-household';
import type { Rejection, SourceHousehold } from '../registrations/source-household';
import { importedHousehold, refusalRejections } from './imported-household';

/** A household of the source whose key was imported before, with what that import created. */
export interface ImportedBefore {
  readonly draft: HouseholdDraft;
  readonly householdId: string;
  readonly beneficiaryIds: readonly string[];
}

/** A household imported before that its source now changes: the fields by name (`members.1.phone`), never a value. */
export interface HouseholdChange {
  readonly ref: SourceHousehold['ref'];
  readonly fields: readonly string[];
}

export interface UpdatesChecked {
  readonly householdsUpdated: number;
  readonly householdsUnchanged: number;
  readonly peopleUpdated: number;
  readonly peopleUnchanged: number;
  readonly changes: readonly HouseholdChange[];
  readonly rejections: readonly Rejection[];
}

/** Households per call of updateImportedHouseholds (one statement per table per call). */
const HOUSEHOLDS_PER_CALL = 500;

/**
 * The households imported before, against what their source says now, through @crc/db
 * updateImportedHouseholds: with `dryRun` what would change, else changed in `tx`. A
 * household the command refuses (members added or removed since, an erased member) is
 * rejected with its field and reason and left as it is.
 */
export async function checkImportedUpdates(
  tx: Tx,
  actor: Actor,
  centreId: string,
  imported: readonly ImportedBefore[],
  dryRun: boolean,
): Promise<UpdatesChecked> {
  let householdsUpdated = 0;
  let householdsUnchanged = 0;
  let peopleUpdated = 0;
  let peopleUnchanged = 0;
  const changes: HouseholdChange[] = [];
  const rejections: Rejection[] = [];
  for (let start = 0; start < imported.length; start += HOUSEHOLDS_PER_CALL) {
    const batch = imported.slice(start, start + HOUSEHOLDS_PER_CALL);
    const checked = await updateImportedHouseholds(
      tx,
      actor,
      batch.map((one) => ({
        householdId: one.householdId,
        beneficiaryIds: one.beneficiaryIds,
        household: importedHousehold(one.draft, centreId),
      })),
      { dryRun },
    );
    if (!checked.ok) throw new Error(`the imported households could not be checked: ${JSON.stringify(checked)}`);
    for (const [at, outcome] of checked.value.entries()) {
      const one = batch[at]!;
      if (outcome.kind === 'updated') {
        householdsUpdated += 1;
        peopleUpdated += outcome.people;
        peopleUnchanged += one.beneficiaryIds.length - outcome.people;
        changes.push({ ref: one.draft.ref, fields: outcome.fields });
      } else if (outcome.kind === 'unchanged') {
        householdsUnchanged += 1;
        peopleUnchanged += one.beneficiaryIds.length;
      } else rejections.push(...refusalRejections(one.draft, outcome.failure));
    }
  }
  return { householdsUpdated, householdsUnchanged, peopleUpdated, peopleUnchanged, changes, rejections };
}
