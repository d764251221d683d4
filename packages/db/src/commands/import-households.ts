import { randomUUID } from 'node:crypto';
import {
  ConsentGivenSchema,
  DisabilityRecordSchema,
  HouseholdCreateSchema,
  nameSoundKey,
  ServiceDeliveryCreateSchema,
  WASHINGTON_GROUP_DOMAINS,
} from '@crc/domain';
import type { Actor } from './actor';
import { BENEFICIARY_FIELD_SQL_COLUMNS, snakeCaseColumn } from './beneficiary-columns';
import { invalid, succeeded, type CommandResult, type CommonFailure, type Invalid } from './command-result';
import { atMember } from './create-household';
import { dateColumn } from './date-column';
import { disabilityColumnOf } from './disability-columns';
import type { Tx } from './in-transaction';
import { validateInput } from './input-error';
import { insertRows, type RowColumns } from './insert-rows';
import { notOwnCentre, peopleRoleRefused } from './people-checks';
import { missingArea } from './record-checks';
import { registrationColumns, validateRegistration, type RegisterBeneficiaryInput } from './register-beneficiary';
import { writeAudits, type AuditEntry } from './write-audit';

/** A person of an imported household, with what the registration form recorded beside the registration. */
export interface ImportedMember {
  /** The registration's fields; the household's centre, area, population group, size and date fill in those left out. */
  readonly person: Partial<RegisterBeneficiaryInput>;
  readonly relationshipToHead: string;
  /** Consent to be contacted (purpose `contact`), given on the registration day, as recordConsent records it. */
  readonly consentToContact?: boolean;
  /** Washington Group answers by domain (`self_care`), asked on the registration day, as recordDisability records them. */
  readonly disability?: Readonly<Record<string, string>>;
}

/** One household of a registration source: the household, its people, the services the head received that day. */
export interface ImportedHousehold {
  /** The source's own key (`kobo:<_uuid>`, `file:<household key>`): a key imported before at the centre is not written again. */
  readonly sourceKey: string;
  readonly registrationCentreId: string;
  readonly size: number;
  readonly areaOfResidencePcode: string;
  readonly populationGroup: string;
  readonly registeredOn: string;
  /** In the source's order; the answer's ids follow it. */
  readonly members: readonly ImportedMember[];
  /** Services delivered to the head on the registration day, at `centreId`. */
  readonly servicesDelivered?: readonly { readonly serviceType: string; readonly centreId: string }[];
}

export interface ImportHouseholdsInput {
  /** The registration_import row the source keys are recorded under (openRegistrationImport). */
  readonly importId: string;
  readonly households: readonly ImportedHousehold[];
}

/** What became of one household, in input order. */
export type HouseholdImportOutcome =
  | {
      readonly kind: 'created';
      readonly householdId: string;
      /** The people, in the input's member order. */
      readonly beneficiaryIds: readonly string[];
      readonly disabilityRecorded: number;
      readonly deliveries: number;
    }
  /** Its source key was imported before (by an earlier run, or a concurrent one): nothing written. */
  | { readonly kind: 'already_imported' }
  /** A check refused it, naming the fields as the single commands do (`members.2.person.givenName`); nothing written. */
  | { readonly kind: 'refused'; readonly failure: CommonFailure };

/** One household checked and given its ids, ready for the batch's statements. */
export interface PlannedHousehold {
  readonly household: ImportedHousehold;
  readonly householdId: string;
  readonly people: readonly ReturnType<typeof personRow>[];
  readonly consent: readonly ({ readonly recordedHow: string } | undefined)[];
  readonly disability: readonly (Record<string, string | null> | undefined)[];
  readonly deliveries: readonly { readonly id: string; readonly serviceType: string; readonly centreId: string }[];
}

function personRow(id: string, columns: ReturnType<typeof registrationColumns>) {
  return { id, ...columns, nameSoundKey: nameSoundKey(columns.nameKey) };
}

/** A schema's refusal of a part of the household, its fields named where the part sits (`members.1.disability.answers`). */
function prefixed(failure: Invalid, prefix: string): Invalid {
  return invalid(
    failure.errors.map((error) => ({ ...error, field: error.field === '' ? prefix : `${prefix}.${error.field}` })),
  );
}

/**
 * The checks of createHousehold, registerBeneficiary, recordConsent, recordDisability and
 * recordServiceDelivery that need no database, on one household, with the ids its rows will
 * have: the domain schemas (the same, so the same fields and reasons) and the area's p-code.
 */
export function planImportedHousehold(actor: Actor, household: ImportedHousehold): PlannedHousehold | CommonFailure {
  const parsed = validateInput(HouseholdCreateSchema, {
    registrationCentreId: household.registrationCentreId,
    size: household.size,
    areaOfResidencePcode: household.areaOfResidencePcode,
    populationGroup: household.populationGroup,
    registeredOn: household.registeredOn,
    members: household.members.map((member) => ({ person: {}, relationshipToHead: member.relationshipToHead })),
  });
  if (!parsed.ok) return parsed;
  const area = missingArea('areaOfResidencePcode', household.areaOfResidencePcode);
  if (area !== undefined) return area;

  const people: ReturnType<typeof personRow>[] = [];
  const consent: ({ recordedHow: string } | undefined)[] = [];
  const disability: (Record<string, string | null> | undefined)[] = [];
  for (const [at, member] of household.members.entries()) {
    const valid = validateRegistration(actor, {
      areaOfResidencePcode: household.areaOfResidencePcode,
      populationGroup: household.populationGroup,
      householdSize: household.size,
      registeredOn: household.registeredOn,
      ...member.person,
      // A household's members are registered where the household is.
      registrationCentreId: household.registrationCentreId,
    });
    if (!valid.ok) return atMember(valid, `members.${at}.person`);
    const id = randomUUID();
    people.push(personRow(id, registrationColumns(valid.value)));

    const recordedHow = valid.value.consentRecordedHow ?? 'imported registration';
    if (member.consentToContact === true) {
      const given = validateInput(ConsentGivenSchema, {
        beneficiaryId: id,
        givenOn: household.registeredOn,
        purposes: ['contact'],
        recordedHow,
      });
      if (!given.ok) return prefixed(given, `members.${at}.consentToContact`);
    }
    consent.push(member.consentToContact === true ? { recordedHow } : undefined);

    if (member.disability === undefined || Object.keys(member.disability).length === 0) disability.push(undefined);
    else {
      const record = validateInput(DisabilityRecordSchema, {
        beneficiaryId: id,
        answers: member.disability,
        askedOn: household.registeredOn,
      });
      if (!record.ok) return prefixed(record, `members.${at}.disability`);
      disability.push(
        Object.fromEntries(
          WASHINGTON_GROUP_DOMAINS.map((domain) => [
            disabilityColumnOf(domain.code),
            record.value.answers[domain.code] ?? null,
          ]),
        ),
      );
    }
  }
  const head = household.members.findIndex((member) => member.relationshipToHead === 'head');
  const deliveries: PlannedHousehold['deliveries'][number][] = [];
  for (const [at, service] of (household.servicesDelivered ?? []).entries()) {
    const id = randomUUID();
    const delivery = validateInput(ServiceDeliveryCreateSchema, {
      beneficiaryId: people[head]!.id,
      centreId: service.centreId,
      serviceType: service.serviceType,
      deliveredOn: household.registeredOn,
    });
    if (!delivery.ok) return prefixed(delivery, `servicesDelivered.${at}`);
    deliveries.push({ id, serviceType: delivery.value.serviceType, centreId: delivery.value.centreId });
  }
  return { household, householdId: randomUUID(), people, consent, disability, deliveries };
}

const SOURCE_COLUMNS = [
  ['centreId', 'centre_id', 'uuid'],
  ['sourceKey', 'source_key', 'text'],
  ['importId', 'import_id', 'uuid'],
  ['householdId', 'household_id', 'uuid'],
  ['beneficiaryIds', 'beneficiary_ids', 'uuid[]'],
] as const satisfies RowColumns;

/**
 * The columns of an imported person's row: every column field of the registry (as
 * registrationColumns writes them), the name keys, consent, the Washington Group answers.
 */
export const BENEFICIARY_IMPORT_COLUMNS = [
  ['id', 'id', 'uuid'],
  ...BENEFICIARY_FIELD_SQL_COLUMNS,
  ['nameKey', 'name_key', 'text'],
  ['nameSoundKey', 'name_sound_key', 'text'],
  ['consentGivenOn', 'consent_given_on', 'date'],
  ['consentPurposes', 'consent_purposes', 'text[]'],
  ...WASHINGTON_GROUP_DOMAINS.map((domain) => {
    const key = disabilityColumnOf(domain.code);
    return [key, snakeCaseColumn(key), 'text'] as const;
  }),
  ['disabilityAskedOn', 'disability_asked_on', 'date'],
] as const satisfies RowColumns;

export const HOUSEHOLD_IMPORT_COLUMNS = [
  ['id', 'id', 'uuid'],
  ['registrationCentreId', 'registration_centre_id', 'uuid'],
  ['headBeneficiaryId', 'head_beneficiary_id', 'uuid'],
  ['size', 'size', 'integer'],
  ['areaOfResidencePcode', 'area_pcode', 'varchar(16)'],
  ['populationGroup', 'population_group', 'text'],
  ['registeredOn', 'registered_on', 'date'],
] as const satisfies RowColumns;

export const HOUSEHOLD_MEMBER_IMPORT_COLUMNS = [
  ['householdId', 'household_id', 'uuid'],
  ['beneficiaryId', 'beneficiary_id', 'uuid'],
  ['relationshipToHead', 'relationship_to_head', 'text'],
] as const satisfies RowColumns;

const DELIVERY_COLUMNS = [
  ['id', 'id', 'uuid'],
  ['beneficiaryId', 'beneficiary_id', 'uuid'],
  ['centreId', 'centre_id', 'uuid'],
  ['serviceType', 'service_type', 'text'],
  ['deliveredOn', 'delivered_on', 'date'],
] as const satisfies RowColumns;

/** The consent columns recordConsent compares, before and after adding `contact`. */
function consentAudit(person: {
  consentGivenOn: Date;
  consentPurposes: readonly string[];
  consentRecordedHow?: string | null;
}) {
  return {
    consentGivenOn: person.consentGivenOn,
    consentPurposes: person.consentPurposes,
    consentRecordedHow: person.consentRecordedHow,
    consentWithdrawnOn: null,
    consentPurposesWithdrawn: [],
  };
}

const NO_DISABILITY = Object.fromEntries(
  [...WASHINGTON_GROUP_DOMAINS.map((domain) => disabilityColumnOf(domain.code)), 'disabilityAskedOn'].map((column) => [
    column,
    null,
  ]),
);

/**
 * Imports many households of a registration source in the caller's transaction, as
 * createHousehold would create each with new people (registerBeneficiary's row, consent to
 * data processing and to sharing), then recordConsent (purpose `contact`), recordDisability
 * and recordServiceDelivery for them: the same checks, rows and audit entries, but a fixed
 * number of statements for the whole batch instead of about ten per person.
 *
 * CENTRE_STAFF of the households' centres, or ADMIN. Each household is checked on its own
 * (the commands' schemas and their field names, `members.2.person.sex`); one refused is
 * answered `refused` and the others are written. Its source key is claimed first (INSERT
 * ... ON CONFLICT DO NOTHING on registration_source): a key imported before, even by an
 * import running at the same time, is `already_imported` and nothing of it is written, so
 * importing the same source again changes nothing. Then one INSERT each for the people, the
 * households, their members, the deliveries and the audit rows. The duplicate search is the
 * importer's, for the whole source (as `confirmNotDuplicate`). A statement that fails throws:
 * the caller's transaction decides what rolls back.
 */
export async function importHouseholds(
  tx: Tx,
  actor: Actor,
  input: ImportHouseholdsInput,
): Promise<CommandResult<readonly HouseholdImportOutcome[]>> {
  const refused = peopleRoleRefused(actor, 'registrationCentreId');
  if (refused !== undefined) return refused;
  const outcomes: HouseholdImportOutcome[] = [];
  const planned: (PlannedHousehold & { readonly index: number })[] = [];
  const centres = new Map<string, CommonFailure | undefined>();
  const centreProblem = async (field: string, centreId: string) => {
    if (!centres.has(centreId)) centres.set(centreId, await notOwnCentre(tx, actor, field, centreId));
    const problem = centres.get(centreId);
    return problem === undefined ? undefined : { ...problem, field };
  };
  for (const [index, household] of input.households.entries()) {
    const checked = planImportedHousehold(actor, household);
    const problem =
      'ok' in checked
        ? checked
        : ((await centreProblem('registrationCentreId', household.registrationCentreId)) ??
          (
            await Promise.all(
              checked.deliveries.map((delivery, at) =>
                centreProblem(`servicesDelivered.${at}.centreId`, delivery.centreId),
              ),
            )
          ).find((found) => found !== undefined));
    if (problem !== undefined) outcomes[index] = { kind: 'refused', failure: problem };
    else planned.push({ ...(checked as PlannedHousehold), index });
  }

  // Claim the source keys: only the households whose key was free are written.
  const claimed = new Set(
    (
      await insertRows<{ source_key: string }>(
        tx,
        'registration_source',
        SOURCE_COLUMNS,
        planned.map((one) => ({
          centreId: one.household.registrationCentreId,
          sourceKey: one.household.sourceKey,
          importId: input.importId,
          householdId: one.householdId,
          beneficiaryIds: one.people.map((person) => person.id),
        })),
        { onConflict: 'ON CONFLICT DO NOTHING', returning: 'centre_id::text || $$ $$ || source_key AS source_key' },
      )
    ).map((row) => row.source_key),
  );
  const writing = planned.filter((one) => {
    // delete: a key given twice in one call is the first household's.
    const free = claimed.delete(`${one.household.registrationCentreId} ${one.household.sourceKey}`);
    if (!free) outcomes[one.index] = { kind: 'already_imported' };
    return free;
  });

  const audits: AuditEntry[] = [];
  const people = writing.flatMap((one) =>
    one.people.map((person, at) => {
      const consent = one.consent[at];
      const disability = one.disability[at];
      audits.push({
        action: 'create',
        entity: 'Beneficiary',
        entityId: person.id,
        after: { ...person, ...NO_DISABILITY, confirmedNotDuplicate: true },
      });
      const withContact =
        consent === undefined
          ? person
          : {
              ...person,
              consentPurposes: [...person.consentPurposes, 'contact'],
              consentRecordedHow: consent.recordedHow,
            };
      if (consent !== undefined)
        audits.push({
          action: 'record_consent',
          entity: 'Beneficiary',
          entityId: person.id,
          before: consentAudit(person),
          after: consentAudit(withContact),
        });
      if (disability === undefined) return { ...withContact, ...NO_DISABILITY };
      const answered = { ...disability, disabilityAskedOn: dateColumn(one.household.registeredOn) };
      audits.push({
        action: 'record_disability',
        entity: 'Beneficiary',
        entityId: person.id,
        before: NO_DISABILITY,
        after: answered,
      });
      return { ...withContact, ...answered };
    }),
  );
  await insertRows(tx, 'beneficiary', BENEFICIARY_IMPORT_COLUMNS, people);

  const households = writing.map((one) => {
    const head = one.household.members.findIndex((member) => member.relationshipToHead === 'head');
    return {
      id: one.householdId,
      registrationCentreId: one.household.registrationCentreId,
      headBeneficiaryId: one.people[head]!.id,
      size: one.household.size,
      areaOfResidencePcode: one.household.areaOfResidencePcode,
      populationGroup: one.household.populationGroup,
      registeredOn: dateColumn(one.household.registeredOn),
    };
  });
  await insertRows(tx, 'household', HOUSEHOLD_IMPORT_COLUMNS, households);
  const members = writing.map((one) =>
    one.people.map((person, at) => ({
      householdId: one.householdId,
      beneficiaryId: person.id,
      relationshipToHead: one.household.members[at]!.relationshipToHead,
    })),
  );
  await insertRows(tx, 'household_member', HOUSEHOLD_MEMBER_IMPORT_COLUMNS, members.flat());
  for (const [at, household] of households.entries())
    audits.push({
      action: 'create',
      entity: 'Household',
      entityId: household.id,
      after: {
        ...household,
        illustrative: false,
        members: members[at]!.map(({ beneficiaryId, relationshipToHead }) => ({ beneficiaryId, relationshipToHead })),
      },
    });

  const deliveries = writing.flatMap((one, at) =>
    one.deliveries.map((delivery) => ({
      id: delivery.id,
      beneficiaryId: households[at]!.headBeneficiaryId,
      centreId: delivery.centreId,
      serviceType: delivery.serviceType,
      deliveredOn: dateColumn(one.household.registeredOn),
    })),
  );
  await insertRows(tx, 'service_delivery', DELIVERY_COLUMNS, deliveries);
  for (const delivery of deliveries)
    audits.push({
      action: 'create',
      entity: 'ServiceDelivery',
      entityId: delivery.id,
      after: {
        ...delivery,
        projectId: null,
        providerOrganisationId: null,
        course: null,
        notes: null,
        illustrative: false,
      },
    });
  await writeAudits(tx, actor, audits);

  for (const one of writing)
    outcomes[one.index] = {
      kind: 'created',
      householdId: one.householdId,
      beneficiaryIds: one.people.map((person) => person.id),
      disabilityRecorded: one.disability.filter((answers) => answers !== undefined).length,
      deliveries: one.deliveries.length,
    };
  return succeeded(outcomes);
}
