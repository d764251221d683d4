import { disabilityColumnOf, type ImportedHousehold } from '@crc/db';
import { WASHINGTON_GROUP_DOMAINS } from '@crc/domain';
import type { HouseholdDraft, MemberDraft } from '../registrations/map-household';
import type { Rejection } from '../registrations/source-household';

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
export function refusalRejections(draft: HouseholdDraft, failure: CommandFailure): Rejection[] {
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
export function importedHousehold(draft: HouseholdDraft, centreId: string): ImportedHousehold {
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
