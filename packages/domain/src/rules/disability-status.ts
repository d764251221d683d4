import type { DisabilityStatus } from '../vocabularies/disability-statuses';
import type { WashingtonGroupAnswer } from '../vocabularies/washington-group-answers';
import { WASHINGTON_GROUP_DOMAINS, type WashingtonGroupDomain } from '../vocabularies/washington-group-domains';

/** A person's answers to the Washington Group Short Set, by domain; a domain not asked is absent. */
export type WashingtonGroupAnswers = Partial<Readonly<Record<WashingtonGroupDomain, WashingtonGroupAnswer | null>>>;

/** The answers at or above the WG-SS standard cut-off ("disability 3"). */
const AT_OR_ABOVE_CUT_OFF: ReadonlySet<WashingtonGroupAnswer> = new Set(['a_lot_of_difficulty', 'cannot_do_at_all']);

/**
 * Disability status by the Washington Group's recommended cut-off: with disability when
 * at least one domain is answered "a lot of difficulty" or "cannot do at all"; without
 * when all six domains are answered below it; not recorded otherwise (some domain
 * missing and none at the cut-off), because a missing answer could be the one that counts.
 */
export function disabilityStatusOf(answers: WashingtonGroupAnswers | null | undefined): DisabilityStatus {
  if (answers == null) return 'not_recorded';
  const given = WASHINGTON_GROUP_DOMAINS.map((domain) => answers[domain.code] ?? null);
  if (given.some((answer) => answer !== null && AT_OR_ABOVE_CUT_OFF.has(answer))) return 'with_disability';
  return given.every((answer) => answer !== null) ? 'without_disability' : 'not_recorded';
}
