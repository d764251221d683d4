import { vocabularySchema } from './vocabulary';

/**
 * Statuses of a referral from a centre to a service provider. The allowed moves
 * between them are in rules/referral-lifecycle.ts. `terminal` statuses end the
 * referral: a new need, or a late answer, is a new referral, so history is never
 * rewritten.
 */
export const REFERRAL_STATUSES = [
  { code: 'draft', label: 'Draft', terminal: false, description: 'Being prepared by centre staff; not yet sent.' },
  {
    code: 'requested',
    label: 'Requested',
    terminal: false,
    description: 'Sent to the receiving organisation, awaiting its answer.',
  },
  {
    code: 'accepted',
    label: 'Accepted',
    terminal: false,
    description: 'The receiving organisation agreed to provide the service.',
  },
  { code: 'in_progress', label: 'In progress', terminal: false, description: 'The person is receiving the service.' },
  { code: 'completed', label: 'Completed', terminal: true, description: 'The service was provided (follow-up done).' },
  {
    code: 'declined',
    label: 'Declined',
    terminal: true,
    description: 'The receiving organisation cannot provide the service.',
  },
  {
    code: 'cancelled',
    label: 'Cancelled',
    terminal: true,
    description: 'Withdrawn by the centre or the person (e.g. consent withdrawn).',
  },
  {
    code: 'closed_no_response',
    label: 'Closed, no response',
    terminal: true,
    description: 'Closed because the receiving organisation or the person could not be reached.',
  },
] as const;

export const ReferralStatusSchema = /* @__PURE__ */ vocabularySchema(REFERRAL_STATUSES, 'referral status');
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number]['code'];
