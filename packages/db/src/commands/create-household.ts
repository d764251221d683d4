import { HouseholdCreateSchema, type HouseholdCreate, type NewHouseholdMember } from '@crc/domain';
import type { z } from 'zod';
import type { Household, HouseholdMember } from '../generated/prisma/client';
import type { Actor } from './actor';
import { invalid, succeeded, type CommandResult, type CommonFailure } from './command-result';
import { dateColumn } from './date-column';
import { notJoinable } from './household-checks';
import { inTransaction, type CommandDb, type Tx } from './in-transaction';
import { validateInput } from './input-error';
import { withoutNulls, type NullableInput } from './nullable-input';
import { notOwnCentre, peopleRoleRefused } from './people-checks';
import { missingArea } from './record-checks';
import {
  registerBeneficiaryIn,
  type PossibleDuplicates,
  type RegisterBeneficiaryOptions,
} from './register-beneficiary';
import { writeAudit } from './write-audit';

export type CreateHouseholdInput = NullableInput<Omit<z.input<typeof HouseholdCreateSchema>, 'members'>> & {
  readonly members: readonly NullableInput<z.input<typeof HouseholdCreateSchema>['members'][number]>[];
};

/** Possible duplicates of the member at `memberIndex`; nothing was written. */
export interface MemberPossibleDuplicates extends PossibleDuplicates {
  readonly field: string;
}

export type CreateHouseholdResult = CommandResult<
  Household & { readonly members: readonly HouseholdMember[] },
  CommonFailure | MemberPossibleDuplicates
>;

/** A failure of one member's registration, its fields renamed to where they sit in the household input. */
export function atMember(failure: CommonFailure, prefix: string): CommonFailure;
export function atMember(
  failure: CommonFailure | PossibleDuplicates,
  prefix: string,
): CommonFailure | MemberPossibleDuplicates;
export function atMember(
  failure: CommonFailure | PossibleDuplicates,
  prefix: string,
): CommonFailure | MemberPossibleDuplicates {
  switch (failure.kind) {
    case 'invalid':
      return invalid(
        failure.errors.map((error) => ({
          ...error,
          field: error.field === '' ? prefix : `${prefix}.${error.field}`,
          ...(error.issue === undefined
            ? {}
            : { issue: { ...error.issue, path: [...prefix.split('.'), ...error.issue.path] } }),
        })),
      );
    case 'possible_duplicates':
      return { ...failure, field: prefix };
    default:
      return { ...failure, field: `${prefix}.${failure.field}` };
  }
}

/** The person a member entry names: registered before, or registered now with the household's details filled in. */
async function memberPerson(
  tx: Tx,
  actor: Actor,
  household: HouseholdCreate,
  member: NewHouseholdMember,
  index: number,
  options: RegisterBeneficiaryOptions,
): Promise<{ readonly ok: true; readonly id: string } | CommonFailure | MemberPossibleDuplicates> {
  if (member.beneficiaryId !== undefined) {
    const field = `members.${index}.beneficiaryId`;
    const problem = await notJoinable(tx, actor, field, member.beneficiaryId, household.registrationCentreId);
    return problem ?? { ok: true, id: member.beneficiaryId };
  }
  const registered = await registerBeneficiaryIn(
    tx,
    actor,
    {
      areaOfResidencePcode: household.areaOfResidencePcode,
      populationGroup: household.populationGroup,
      householdSize: household.size,
      registeredOn: household.registeredOn,
      ...(member.person as object),
      // A household's members are registered where the household is.
      registrationCentreId: household.registrationCentreId,
    },
    options,
  );
  return registered.ok ? { ok: true, id: registered.value.id } : atMember(registered, `members.${index}.person`);
}

/**
 * Creates a household with its members: CENTRE_STAFF of its centre, or ADMIN. Members are
 * people already registered at that centre (in no household yet) or people registered
 * here through the registration command (same validation, duplicate check and audit as
 * registerBeneficiary; `confirmNotDuplicate` as there). One transaction: if any member
 * fails, nothing is written, and the failure names the member (`members.2.person.givenName`).
 */
export async function createHousehold(
  db: CommandDb,
  actor: Actor,
  input: CreateHouseholdInput,
  options: RegisterBeneficiaryOptions = {},
): Promise<CreateHouseholdResult> {
  const refused = peopleRoleRefused(actor, 'registrationCentreId');
  if (refused !== undefined) return refused;
  const parsed = validateInput(HouseholdCreateSchema, {
    ...withoutNulls(input),
    members: input.members.map((member) => withoutNulls(member)),
  });
  if (!parsed.ok) return parsed;
  const household = parsed.value;
  const area = missingArea('areaOfResidencePcode', household.areaOfResidencePcode);
  if (area !== undefined) return area;

  return inTransaction(db, async (tx) => {
    const problem = await notOwnCentre(tx, actor, 'registrationCentreId', household.registrationCentreId);
    if (problem !== undefined) return problem;
    const people: { beneficiaryId: string; relationshipToHead: string }[] = [];
    for (const [index, member] of household.members.entries()) {
      const person = await memberPerson(tx, actor, household, member, index, options);
      if (!person.ok) return person;
      people.push({ beneficiaryId: person.id, relationshipToHead: member.relationshipToHead });
    }
    const head = people.find((member) => member.relationshipToHead === 'head');
    if (head === undefined) throw new Error('HouseholdCreateSchema lets no household without a head through');
    const row = await tx.household.create({
      data: {
        registrationCentreId: household.registrationCentreId,
        headBeneficiaryId: head.beneficiaryId,
        size: household.size,
        areaOfResidencePcode: household.areaOfResidencePcode,
        populationGroup: household.populationGroup,
        registeredOn: dateColumn(household.registeredOn),
        members: { create: people },
      },
      include: { members: true },
    });
    const { members, ...fields } = row;
    await writeAudit(tx, actor, {
      action: 'create',
      entity: 'Household',
      entityId: row.id,
      after: {
        ...fields,
        members: members.map(({ beneficiaryId, relationshipToHead }) => ({ beneficiaryId, relationshipToHead })),
      },
    });
    return succeeded(row);
  });
}
