import { BeneficiaryCreateSchema, getArea, nameKey, type BeneficiaryCreate } from '@crc/domain';
import type { z } from 'zod';
import type { Beneficiary } from '../generated/prisma/client';
import type { Actor } from './actor';
import { notFound, succeeded, type CommandResult, type CommonFailure } from './command-result';
import { beneficiaryFieldColumns } from './beneficiary-columns';
import { dateColumn } from './date-column';
import { findDuplicateCandidates, fullNameOf, type DuplicateCandidate } from './duplicate-candidates';
import { inTransaction, type CommandDb, type Tx } from './in-transaction';
import { validateInput } from './input-error';
import { withoutNulls, type NullableInput } from './nullable-input';
import { notOwnCentre, peopleRoleRefused } from './people-checks';
import { writeAudit } from './write-audit';

/** Codes and flags as a form or an import row holds them (any string, any boolean): the schema checks them. */
type AsReceived<T> = { [K in keyof T]: T[K] extends string ? string : T[K] extends boolean ? boolean : T[K] };

export type RegisterBeneficiaryInput = NullableInput<AsReceived<z.input<typeof BeneficiaryCreateSchema>>>;

export interface RegisterBeneficiaryOptions {
  /** True after a person checked the PossibleDuplicates of an earlier attempt: register anyway. */
  readonly confirmNotDuplicate?: boolean;
}

/** People already registered may be this person; nothing was written. */
export interface PossibleDuplicates {
  readonly ok: false;
  readonly kind: 'possible_duplicates';
  /** At least one, most similar first. */
  readonly candidates: readonly DuplicateCandidate[];
}

export type RegisterBeneficiaryFailure = CommonFailure | PossibleDuplicates;
export type RegisterBeneficiaryResult = CommandResult<Beneficiary, RegisterBeneficiaryFailure>;

/** A registration that passed the schema and names a known area: what the transaction step takes. */
export type ValidRegistration = BeneficiaryCreate;

/**
 * The checks that need no database: the actor's role, the domain schema, the area's
 * p-code. An importer runs it on every row first (a dry run is this alone).
 */
export function validateRegistration(
  actor: Actor,
  input: RegisterBeneficiaryInput,
): { readonly ok: true; readonly value: ValidRegistration } | CommonFailure {
  const refused = peopleRoleRefused(actor, 'registrationCentreId');
  if (refused !== undefined) return refused;
  const parsed = validateInput(BeneficiaryCreateSchema, withoutNulls(input));
  if (!parsed.ok) return parsed;
  const pcode = parsed.value.areaOfResidencePcode;
  if (getArea(pcode) === undefined) return notFound('AdminArea', 'areaOfResidencePcode', pcode);
  return parsed;
}

/**
 * The columns a registration writes for a validated person: the one definition of a new
 * person's row, for registration one at a time and for the batched household import
 * (importHouseholds). Consent to data processing is given on the registration day.
 */
export function registrationColumns(person: ValidRegistration) {
  return {
    ...beneficiaryFieldColumns(person),
    nameKey: nameKey(fullNameOf(person)),
    consentGivenOn: dateColumn(person.registeredOn),
    consentPurposes: ['data_processing', ...(person.consentToShareWithPartners ? ['sharing_with_partners'] : [])],
  };
}

/**
 * Registers a validated person in the caller's transaction: checks the centre, looks
 * for possible duplicates (unless confirmed), writes the person and an audit row that
 * names the fields but none of their personal values. For callers that register many
 * people in one transaction (household and bulk imports): a failure returned here
 * has written nothing, so the caller decides whether to skip the row or roll back.
 */
export async function registerValidBeneficiary(
  tx: Tx,
  actor: Actor,
  person: ValidRegistration,
  options: RegisterBeneficiaryOptions = {},
): Promise<RegisterBeneficiaryResult> {
  const problem = await notOwnCentre(tx, actor, 'registrationCentreId', person.registrationCentreId);
  if (problem !== undefined) return problem;
  const fullName = fullNameOf(person);
  if (options.confirmNotDuplicate !== true) {
    const candidates = await findDuplicateCandidates(tx, actor, {
      fullName,
      dateOfBirth: person.dateOfBirth,
      areaOfResidencePcode: person.areaOfResidencePcode,
    });
    if (candidates.length > 0) return { ok: false, kind: 'possible_duplicates', candidates };
  }
  const row = await tx.beneficiary.create({ data: registrationColumns(person) });
  await writeAudit(tx, actor, {
    action: 'create',
    entity: 'Beneficiary',
    entityId: row.id,
    after: { ...row, confirmedNotDuplicate: options.confirmNotDuplicate === true },
  });
  return succeeded(row);
}

/** registerValidBeneficiary for callers that own a transaction: validates first, then registers in `tx`. */
export async function registerBeneficiaryIn(
  tx: Tx,
  actor: Actor,
  input: RegisterBeneficiaryInput,
  options: RegisterBeneficiaryOptions = {},
): Promise<RegisterBeneficiaryResult> {
  const valid = validateRegistration(actor, input);
  if (!valid.ok) return valid;
  return registerValidBeneficiary(tx, actor, valid.value, options);
}

/**
 * Registers one person at a centre: CENTRE_STAFF of that centre, or ADMIN. Validates
 * with BeneficiaryCreateSchema, then in one transaction checks the centre, refuses
 * with PossibleDuplicates when people registered before may be the same person
 * (unless `confirmNotDuplicate`), writes the person and the audit row.
 */
export async function registerBeneficiary(
  db: CommandDb,
  actor: Actor,
  input: RegisterBeneficiaryInput,
  options: RegisterBeneficiaryOptions = {},
): Promise<RegisterBeneficiaryResult> {
  const valid = validateRegistration(actor, input);
  if (!valid.ok) return valid;
  return inTransaction(db, (tx) => registerValidBeneficiary(tx, actor, valid.value, options));
}
