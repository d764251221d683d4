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
}

/** Kobo's `today` question and `district`/`subdistrict` choices answer these fields. */
const QUESTION_ALIASES: Readonly<Record<string, string>> = {
  today: 'registeredOn',
  services: 'servicesDelivered',
  consent: 'consentToDataProcessing',
  consent_share: 'consentToShareWithPartners',
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
  for (const question of form.questions.values()) {
    const field = fieldOf(question.name);
    if (field === undefined) {
      if (!['start', 'end', 'deviceid', 'note'].includes(question.type)) ignored.push(question.path);
      continue;
    }
    if (field.key === 'areaOfResidencePcode') {
      areaQuestions.push(question.path);
      continue;
    }
    if (memberRepeat !== undefined && question.repeat === memberRepeat) member.set(question.path, field);
    else if (question.repeat === undefined) household.set(question.path, field);
    else ignored.push(question.path);
  }
  // Governorate questions resolve too, but the finest area answered wins (see koboHousehold).
  for (const question of form.questions.values())
    if (question.name === 'governorate' && question.repeat === undefined) areaQuestions.push(question.path);
  const area = index.get(headerKey('areaOfResidencePcode'));
  if (area !== undefined) for (const path of areaQuestions) household.set(path, area);
  return { household, member, ignored, ...(memberRepeat === undefined ? {} : { memberRepeat }) };
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
    if (field.scope === 'person') headValues[field.key] = answer;
    else values[field.key] = answer;
    columns[field.key] = path;
  }
  values.registeredOn ??= submission.submittedAt.slice(0, 10);
  columns.registeredOn ??= '_submission_time';
  const members: SourceMember[] = [];
  const instances = map.memberRepeat === undefined ? [] : (submission.repeats[map.memberRepeat] ?? []);
  instances.forEach((instance, index) => {
    const own: Record<string, string> = {};
    for (const [path, field] of map.member) {
      const answer = instance[path];
      if (answer !== undefined && answer !== '') own[field.key] = answer;
      columns[field.key] ??= path;
    }
    members.push({ position: index + 1, values: own });
  });
  // Consent asked once for the household applies to each member, unless a member's own answer says otherwise.
  for (const key of ['consentToDataProcessing', 'consentToShareWithPartners', 'phone'] as const) {
    const shared = headValues[key];
    if (shared === undefined) continue;
    for (const [index, member] of members.entries()) {
      if (member.values[key] === undefined && (key !== 'phone' || index === 0))
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
