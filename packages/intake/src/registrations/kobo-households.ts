import type { FlatSubmission } from '../kobo/flatten-submission';
import type { KoboForm } from '../kobo/kobo-form';
import { fieldIndex, headerKey, type RegistrationField } from './registration-fields';
import type { SourceHousehold, SourceMember } from './source-household';
import { templateLabels } from './template-labels';

/** How a form's questions answer the registration fields: by question name (`given_name`, `district`, ...). */
export interface KoboFieldMap {
  /** Question path -> field, outside repeat groups. */
  readonly household: ReadonlyMap<string, RegistrationField>;
  /** The repeat group holding the members, and its question paths -> person fields. */
  readonly memberRepeat?: string;
  readonly member: ReadonlyMap<string, RegistrationField>;
  /** Questions that match no field (ignored). */
  readonly ignored: readonly string[];
  /**
   * A select_multiple of consent purposes (`consent_purposes`: `sharing_with_partners`,
   * `contact`), outside the repeat: it answers consentToShareWithPartners and consentToContact.
   */
  readonly consentPurposes?: string;
  /** Select questions answering a text field (`consent_method` -> consentRecordedHow): the choice's English label is the text. */
  readonly labelOf: ReadonlyMap<string, (code: string) => string>;
}

/** The consent purposes a form's select_multiple may name, and the yes/no fields they answer. */
const CONSENT_PURPOSE_FIELDS = {
  sharing_with_partners: 'consentToShareWithPartners',
  contact: 'consentToContact',
} as const;

/** Kobo's `today` question and `district`/`subdistrict` choices answer these fields. */
const QUESTION_ALIASES: Readonly<Record<string, string>> = {
  today: 'registeredOn',
  services: 'servicesDelivered',
  consent: 'consentToDataProcessing',
  consent_share: 'consentToShareWithPartners',
  consent_method: 'consentRecordedHow',
};

/**
 * Matches a form's questions to registration fields by name, the same way spreadsheet
 * headers are matched. The members are the repeat group with a given-name question; the
 * finest area question (sub-district, else district, else governorate) answers the area.
 */
export function koboFieldMap(form: KoboForm): KoboFieldMap {
  const index = fieldIndex(templateLabels);
  const household = new Map<string, RegistrationField>();
  const member = new Map<string, RegistrationField>();
  const ignored: string[] = [];
  const fieldOf = (name: string) => index.get(headerKey(QUESTION_ALIASES[name] ?? name));
  const memberRepeat = [...form.repeats].find((repeat) =>
    [...form.questions.values()].some(
      (question) => question.repeat === repeat && fieldOf(question.name)?.key === 'givenName',
    ),
  );
  const areaQuestions: string[] = [];
  const labelOf = new Map<string, (code: string) => string>();
  let consentPurposes: string | undefined;
  for (const question of form.questions.values()) {
    if (question.name === 'consent_purposes' && question.repeat === undefined) {
      consentPurposes = question.path;
      continue;
    }
    const field = fieldOf(question.name);
    if (field === undefined) {
      if (!['start', 'end', 'deviceid', 'note'].includes(question.type)) ignored.push(question.path);
      continue;
    }
    if (field.key === 'areaOfResidencePcode') {
      areaQuestions.push(question.path);
      continue;
    }
    const listName = question.listName;
    if (field.kind === 'text' && question.type === 'select_one' && listName !== undefined)
      labelOf.set(question.path, (code) => form.choiceLabel(listName, code, 'en') ?? code);
    if (memberRepeat !== undefined && question.repeat === memberRepeat) member.set(question.path, field);
    else if (question.repeat === undefined) household.set(question.path, field);
    else ignored.push(question.path);
  }
  // Governorate questions resolve too, but the finest area answered wins (see koboHousehold).
  for (const question of form.questions.values())
    if (question.name === 'governorate' && question.repeat === undefined) areaQuestions.push(question.path);
  const area = index.get(headerKey('areaOfResidencePcode'));
  if (area !== undefined) for (const path of areaQuestions) household.set(path, area);
  return {
    household,
    member,
    ignored,
    labelOf,
    ...(memberRepeat === undefined ? {} : { memberRepeat }),
    ...(consentPurposes === undefined ? {} : { consentPurposes }),
  };
}

const AREA_ORDER = ['subdistrict', 'sub_district', 'district', 'governorate'];

function areaRank(path: string): number {
  const name = path.split('/').pop() ?? path;
  const rank = AREA_ORDER.indexOf(name);
  return rank < 0 ? 1 : rank;
}

/**
 * One submission as a household: answers outside the member repeat are the household's
 * (person questions there describe the head), each repeat instance one member. The
 * source key is the submission's `_uuid`; the registration date is the `today` answer,
 * else the day of `_submission_time`.
 */
export function koboHousehold(submission: FlatSubmission, map: KoboFieldMap): SourceHousehold {
  const values: Record<string, string> = {};
  const columns: Record<string, string> = {};
  const headValues: Record<string, string> = {};
  const areaAnswers = [...map.household.entries()]
    .filter(([, field]) => field.key === 'areaOfResidencePcode')
    .map(([path]) => path)
    .sort((a, b) => areaRank(a) - areaRank(b));
  for (const [path, field] of map.household) {
    const answer = submission.answers[path];
    if (answer === undefined || answer === '') continue;
    if (
      field.key === 'areaOfResidencePcode' &&
      areaAnswers.find((candidate) => (submission.answers[candidate] ?? '') !== '') !== path
    )
      continue;
    const text = map.labelOf.get(path)?.(answer) ?? answer;
    if (field.scope === 'person') headValues[field.key] = text;
    else values[field.key] = text;
    columns[field.key] = path;
  }
  if (map.consentPurposes !== undefined) {
    // Kobo answers a select_multiple with its codes, space-separated; an unanswered one gives none.
    const given = new Set((submission.answers[map.consentPurposes] ?? '').split(' ').filter(Boolean));
    for (const [purpose, key] of Object.entries(CONSENT_PURPOSE_FIELDS)) {
      if (headValues[key] !== undefined) continue;
      headValues[key] = given.has(purpose) ? 'yes' : 'no';
      columns[key] = map.consentPurposes;
    }
  }
  values.registeredOn ??= submission.submittedAt.slice(0, 10);
  columns.registeredOn ??= '_submission_time';
  const members: SourceMember[] = [];
  const instances = map.memberRepeat === undefined ? [] : (submission.repeats[map.memberRepeat] ?? []);
  instances.forEach((instance, index) => {
    const own: Record<string, string> = {};
    for (const [path, field] of map.member) {
      const answer = instance[path];
      if (answer !== undefined && answer !== '') own[field.key] = map.labelOf.get(path)?.(answer) ?? answer;
      columns[field.key] ??= path;
    }
    members.push({ position: index + 1, values: own });
  });
  // Consent asked once for the household applies to each member, unless a member's own answer
  // says otherwise; the phone, and consent to be contacted on it, are the head's.
  const headOnly = new Set(['phone', 'consentToContact']);
  for (const key of [
    'consentToDataProcessing',
    'consentToShareWithPartners',
    'consentRecordedHow',
    'consentToContact',
    'phone',
  ] as const) {
    const shared = headValues[key];
    if (shared === undefined) continue;
    for (const [index, member] of members.entries()) {
      if (member.values[key] === undefined && (!headOnly.has(key) || index === 0))
        members[index] = { ...member, values: { ...member.values, [key]: shared } };
    }
  }
  if (members.length === 0 && Object.keys(headValues).length > 0) members.push({ position: 1, values: headValues });
  return {
    sourceKey: `kobo:${submission.uuid}`,
    ref: { kind: 'submission', id: submission.id, uuid: submission.uuid },
    values,
    members,
    columns,
  };
}
