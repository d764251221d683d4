import { vocabularySchema } from './vocabulary';

/**
 * The six functional domains of the Washington Group Short Set on Functioning (WG-SS),
 * in the order the questions are asked. Each label is the question's subject; the
 * questions ask "Do you have difficulty ..." with the qualifiers in brackets.
 */
export const WASHINGTON_GROUP_DOMAINS = [
  { code: 'seeing', label: 'Seeing, even if wearing glasses' },
  { code: 'hearing', label: 'Hearing, even if using a hearing aid' },
  { code: 'walking', label: 'Walking or climbing steps' },
  { code: 'cognition', label: 'Remembering or concentrating' },
  { code: 'self_care', label: 'Self-care, such as washing all over or dressing' },
  {
    code: 'communication',
    label: 'Communicating, for example understanding or being understood, in the usual language',
  },
] as const;

export const WashingtonGroupDomainSchema = /* @__PURE__ */ vocabularySchema(
  WASHINGTON_GROUP_DOMAINS,
  'Washington Group domain',
);
export type WashingtonGroupDomain = (typeof WASHINGTON_GROUP_DOMAINS)[number]['code'];
