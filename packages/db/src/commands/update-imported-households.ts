import { WASHINGTON_GROUP_DOMAINS } from '@crc/domain';
import { mayActAt, type Actor } from './actor';
import { COLUMN_FIELDS, type ColumnField } from './beneficiary-columns';
import { notFound, succeeded, type CommandResult, type CommonFailure } from './command-result';
import { dateColumn } from './date-column';
import { disabilityColumnOf } from './disability-columns';
import {
  BENEFICIARY_IMPORT_COLUMNS,
  HOUSEHOLD_IMPORT_COLUMNS,
  HOUSEHOLD_MEMBER_IMPORT_COLUMNS,
  planImportedHousehold,
  type ImportedHousehold,
} from './import-households';
import type { Tx } from './in-transaction';
import { ruleBroken } from './input-error';
import { peopleRoleRefused } from './people-checks';
import { updateRows } from './update-rows';
import { writeAudits, type AuditEntry } from './write-audit';

/** A household imported before (registration_source), as its source gives it now. */
export interface ImportedHouseholdUpdate {
  readonly householdId: string;
  /** Its people as the import created them, in the source's member order. */
  readonly beneficiaryIds: readonly string[];
  readonly household: ImportedHousehold;
}

/** What an update would change (dry run) or changed: the fields by name, never their values. */
export type HouseholdUpdateOutcome =
  | { readonly kind: 'unchanged' }
  | {
      readonly kind: 'updated';
      /** `size`, `members.2.phone`, `members.0.relationshipToHead`, ... */
      readonly fields: readonly string[];
      /** Members whose record changes. */
      readonly people: number;
    }
  | { readonly kind: 'refused'; readonly failure: CommonFailure };

/**
 * Registry fields a later import of the same source never changes: the person stays
 * registered where and when they were, and consent changes only by its purposes.
 */
const KEPT_FROM_THE_FIRST_IMPORT: ReadonlySet<ColumnField> = new Set([
  'registrationCentreId',
  'registeredOn',
  'consentRecordedHow',
]);
/** The person columns an import writes and compares, beside the consent purposes and the disability answers. */
const PERSON_FIELDS = [
  ...COLUMN_FIELDS.filter((field) => !KEPT_FROM_THE_FIRST_IMPORT.has(field)),
  // The folded full name, rewritten with the names.
  'nameKey',
] as const;
const DISABILITY_FIELDS = [
  ...WASHINGTON_GROUP_DOMAINS.map((domain) => disabilityColumnOf(domain.code)),
  'disabilityAskedOn',
] as const;
const HOUSEHOLD_FIELDS = ['size', 'areaOfResidencePcode', 'populationGroup'] as const;

const UPDATED_PERSON_COLUMNS = new Set<string>([
  'id',
  ...PERSON_FIELDS,
  'nameSoundKey',
  'consentPurposes',
  ...DISABILITY_FIELDS,
]);
const PERSON_UPDATE_COLUMNS = BENEFICIARY_IMPORT_COLUMNS.filter(([key]) => UPDATED_PERSON_COLUMNS.has(key));
const HOUSEHOLD_UPDATE_COLUMNS = HOUSEHOLD_IMPORT_COLUMNS.filter(
  ([key]) => key === 'id' || (HOUSEHOLD_FIELDS as readonly string[]).includes(key),
);
const MEMBER_UPDATE_COLUMNS = HOUSEHOLD_MEMBER_IMPORT_COLUMNS.filter(([key]) => key !== 'householdId');

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Brings households imported before up to what their source says now (a changed row or
 * submission, imported again by its key), or with `dryRun` only says what would change.
 * The source is read as the import reads a new household (importHouseholds' checks, the
 * same fields and reasons); then, against the stored records: the household's size, area
 * and population group, each member's fields of the registry (names, phone, birth date,
 * sex, ...: all but those KEPT_FROM_THE_FIRST_IMPORT) and relationship,
 * the Washington Group answers when the source gives them (asked again on its registration
 * day), and consent purposes the source gives (added; an import never withdraws consent:
 * that is withdrawConsent's). Members are matched by their place in the source; a
 * household whose members were added or removed since, or with an erased or merged member,
 * is refused (the household commands change members; an erased person's data is never
 * written again). Each changed record gets an `update` audit entry naming the fields
 * changed (no personal value), one statement per table for the whole call.
 */
export async function updateImportedHouseholds(
  tx: Tx,
  actor: Actor,
  updates: readonly ImportedHouseholdUpdate[],
  options: { readonly dryRun?: boolean } = {},
): Promise<CommandResult<readonly HouseholdUpdateOutcome[]>> {
  const refused = peopleRoleRefused(actor, 'registrationCentreId');
  if (refused !== undefined) return refused;
  const householdIds = updates.map((update) => update.householdId);
  if (!options.dryRun && householdIds.length > 0)
    // Two imports of the same changed source update one after the other.
    await tx.$queryRawUnsafe(`SELECT id FROM household WHERE id = ANY($1::uuid[]) FOR UPDATE`, householdIds);
  const stored = new Map(
    (
      await tx.household.findMany({
        where: { id: { in: householdIds } },
        include: { members: { select: { beneficiaryId: true, relationshipToHead: true } } },
      })
    ).map((household) => [household.id, household]),
  );
  const people = new Map(
    (await tx.beneficiary.findMany({ where: { id: { in: updates.flatMap((update) => update.beneficiaryIds) } } })).map(
      (person) => [person.id, person],
    ),
  );

  const outcomes: HouseholdUpdateOutcome[] = [];
  const personRows: Record<string, unknown>[] = [];
  const householdRows: Record<string, unknown>[] = [];
  const memberRows: Record<string, unknown>[] = [];
  const audits: AuditEntry[] = [];
  for (const update of updates) {
    const household = stored.get(update.householdId);
    if (household === undefined || !mayActAt(actor, household.registrationCentreId)) {
      outcomes.push({ kind: 'refused', failure: notFound('Household', 'householdId', update.householdId) });
      continue;
    }
    const planned = planImportedHousehold(actor, update.household);
    if ('ok' in planned) {
      outcomes.push({ kind: 'refused', failure: planned });
      continue;
    }
    const ids = update.beneficiaryIds;
    const memberIds = new Set(household.members.map((member) => member.beneficiaryId));
    if (
      ids.length !== update.household.members.length ||
      ids.some((id) => !memberIds.has(id)) ||
      memberIds.size !== ids.length
    ) {
      outcomes.push({
        kind: 'refused',
        failure: ruleBroken(
          'members',
          'not_a_member',
          `lists ${update.household.members.length} members; the household has ${memberIds.size} since it was imported with ${ids.length}: add or remove members with the household commands`,
        ),
      });
      continue;
    }
    const gone = ids.findIndex((id) => {
      const person = people.get(id);
      return person === undefined || person.erasedAt !== null || person.mergedIntoId !== null;
    });
    if (gone >= 0) {
      outcomes.push({
        kind: 'refused',
        failure: ruleBroken(
          `members.${gone}`,
          people.get(ids[gone]!)?.mergedIntoId ? 'merged_person' : 'erased_person',
          'was erased or merged into another record: an import does not write their data again',
        ),
      });
      continue;
    }

    const fields: string[] = [];
    let changedPeople = 0;
    const relationships = { before: [] as object[], after: [] as object[] };
    for (const [at, id] of ids.entries()) {
      const person = people.get(id)!;
      const fresh = planned.people[at]!;
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      const change = (field: string, was: unknown, now: unknown) => {
        if (same(was, now)) return;
        before[field] = was;
        after[field] = now;
      };
      for (const field of PERSON_FIELDS) change(field, person[field], fresh[field]);
      const purposes = [
        ...new Set([...person.consentPurposes, ...fresh.consentPurposes, ...(planned.consent[at] ? ['contact'] : [])]),
      ];
      // Consent given anew in the source is given again: it leaves the withdrawn purposes.
      change('consentPurposes', person.consentPurposes, purposes);
      const answers = planned.disability[at];
      if (answers !== undefined) {
        for (const field of DISABILITY_FIELDS.slice(0, -1)) change(field, person[field], answers[field] ?? null);
        if (Object.keys(after).some((field) => field.startsWith('disability')))
          change('disabilityAskedOn', person.disabilityAskedOn, dateColumn(update.household.registeredOn));
      }
      const relationship = household.members.find((member) => member.beneficiaryId === id)!.relationshipToHead;
      const newRelationship = update.household.members[at]!.relationshipToHead;
      if (relationship !== newRelationship) {
        fields.push(`members.${at}.relationshipToHead`);
        memberRows.push({ householdId: household.id, beneficiaryId: id, relationshipToHead: newRelationship });
        relationships.before.push({ beneficiaryId: id, relationshipToHead: relationship });
        relationships.after.push({ beneficiaryId: id, relationshipToHead: newRelationship });
      }
      const changed = Object.keys(after).filter((field) => field !== 'nameKey');
      if (Object.keys(after).length === 0) continue;
      changedPeople += 1;
      fields.push(...changed.map((field) => `members.${at}.${field}`));
      personRows.push({
        id,
        ...Object.fromEntries(PERSON_FIELDS.map((field) => [field, fresh[field]])),
        nameSoundKey: fresh.nameSoundKey,
        consentPurposes: purposes,
        ...Object.fromEntries(DISABILITY_FIELDS.map((field) => [field, field in after ? after[field] : person[field]])),
      });
      audits.push({ action: 'update', entity: 'Beneficiary', entityId: id, before, after });
    }
    const householdBefore: Record<string, unknown> = {};
    const householdAfter: Record<string, unknown> = {};
    const wanted = {
      size: update.household.size,
      areaOfResidencePcode: update.household.areaOfResidencePcode,
      populationGroup: update.household.populationGroup,
    };
    for (const field of HOUSEHOLD_FIELDS)
      if (!same(household[field], wanted[field])) {
        householdBefore[field] = household[field];
        householdAfter[field] = wanted[field];
        fields.push(field);
      }
    if (relationships.after.length > 0) {
      householdBefore.members = relationships.before;
      householdAfter.members = relationships.after;
    }
    if (Object.keys(householdAfter).length > 0) {
      householdRows.push({ id: household.id, ...wanted });
      audits.push({
        action: 'update',
        entity: 'Household',
        entityId: household.id,
        before: householdBefore,
        after: householdAfter,
      });
    }
    outcomes.push(fields.length === 0 ? { kind: 'unchanged' } : { kind: 'updated', fields, people: changedPeople });
  }
  if (options.dryRun) return succeeded(outcomes);

  await updateRows(tx, 'beneficiary', PERSON_UPDATE_COLUMNS, personRows, 'id', { touch: 'updated_at' });
  await updateRows(tx, 'household', HOUSEHOLD_UPDATE_COLUMNS, householdRows, 'id', { touch: 'updated_at' });
  await updateRows(tx, 'household_member', MEMBER_UPDATE_COLUMNS, memberRows, 'beneficiary_id');
  await writeAudits(tx, actor, audits);
  return succeeded(outcomes);
}
