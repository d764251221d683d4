import { fullNameOf } from '@crc/db';
import { nameKey } from '@crc/domain';
import type { HouseholdDraft } from '../registrations/map-household';
import type { SourceRef } from '../registrations/source-household';

/** One person of the file as duplicate detection sees them. */
export interface PersonToMatch {
  /** Index of the household in the import, and of the person in it (0: the head). */
  readonly household: number;
  readonly member: number;
  readonly ref: SourceRef;
  readonly position: number;
  readonly fullName: string;
  readonly nameKey: string;
  readonly dateOfBirth: string;
  readonly areaOfResidencePcode: string;
  readonly phone?: string;
}

export function peopleToMatch(drafts: readonly HouseholdDraft[]): PersonToMatch[] {
  return drafts.flatMap((draft, household) =>
    draft.members.map((member, index) => {
      const fullName = fullNameOf(member.person);
      return {
        household,
        member: index,
        ref: draft.ref,
        position: member.position,
        fullName,
        nameKey: nameKey(fullName),
        dateOfBirth: member.person.dateOfBirth,
        areaOfResidencePcode: member.person.areaOfResidencePcode,
        ...(member.person.phone === undefined ? {} : { phone: member.person.phone }),
      };
    }),
  );
}
