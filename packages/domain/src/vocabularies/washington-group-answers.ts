import { vocabularySchema } from './vocabulary';

/** The four answer categories of every Washington Group Short Set question, least to most difficulty. */
export const WASHINGTON_GROUP_ANSWERS = [
  { code: 'no_difficulty', label: 'No difficulty' },
  { code: 'some_difficulty', label: 'Some difficulty' },
  { code: 'a_lot_of_difficulty', label: 'A lot of difficulty' },
  { code: 'cannot_do_at_all', label: 'Cannot do at all' },
] as const;

export const WashingtonGroupAnswerSchema = /* @__PURE__ */ vocabularySchema(
  WASHINGTON_GROUP_ANSWERS,
  'Washington Group answer',
);
export type WashingtonGroupAnswer = (typeof WASHINGTON_GROUP_ANSWERS)[number]['code'];
