import {
  BeneficiaryCreateSchema,
  SERVICE_TYPES,
  type BeneficiaryCreate,
  type HouseholdRelationship,
  type PopulationGroup,
} from '@crc/domain';
import { readArea, readCode, readCodes, readCount, readDate, readYesNo, type Read } from './cell-values';
import { FIELD_BY_KEY, isBeneficiaryColumn, REGISTRATION_FIELDS, type RegistrationField } from './registration-fields';
import type { Rejection, SourceHousehold, SourceMember } from './source-household';

/** One member, checked: the person as @crc/domain's BeneficiaryCreateSchema accepted them, with the household's fields filled in. */
export interface MemberDraft {
  /** Row (person rows), member number (household rows) or repeat instance (Kobo). */
  readonly position: number;
  readonly relationshipToHead: HouseholdRelationship;
  readonly person: BeneficiaryCreate;
  /** Washington Group answers by field key (`disabilitySeeing`, ...), those given. */
  readonly disability: Readonly<Record<string, string>>;
  /** Consent to be contacted by phone (consent purpose `contact`), which registration itself does not record. */
  readonly consentToContact: boolean;
}

/** A household ready to write: every member validated, exactly one head, services to record for the head. */
export interface HouseholdDraft {
  readonly sourceKey: string;
  readonly ref: SourceHousehold['ref'];
  readonly registrationCentreId: string;
  readonly areaOfResidencePcode: string;
  readonly populationGroup: PopulationGroup;
  readonly registeredOn: string;
  readonly size: number;
  /** The head first. */
  readonly members: readonly MemberDraft[];
  /** Service types delivered to the head on the registration day, at the importing centre. */
  readonly servicesDelivered: readonly string[];
}

export type MappedHousehold =
  | { readonly ok: true; readonly draft: HouseholdDraft }
  | { readonly ok: false; readonly rejections: readonly Rejection[] };

export interface MapContext {
  readonly registrationCentreId: string;
  /** Registration date when the source gives none (YYYY-MM-DD). */
  readonly today: string;
}

const HOUSEHOLD_FIELDS = REGISTRATION_FIELDS.filter(
  (field) => field.scope === 'household' && field.key !== 'householdKey',
);
const PERSON_FIELDS = REGISTRATION_FIELDS.filter((field) => field.scope === 'person');
/** The columns that are Beneficiary fields: each goes into the registration as read. */
const BENEFICIARY_COLUMNS = REGISTRATION_FIELDS.filter(isBeneficiaryColumn);
const WITH_COURSE = new Set<string>(SERVICE_TYPES.filter((type) => type.takesCourse).map((type) => type.code));

const RELATIONSHIP = FIELD_BY_KEY.get('relationshipToHead')?.codes;

function isHead(member: SourceMember): boolean {
  const text = member.values.relationshipToHead;
  if (text === undefined || RELATIONSHIP === undefined) return false;
  const read = readCode(text, RELATIONSHIP);
  return read.ok && read.value === 'head';
}

function readField(field: RegistrationField, text: string): Read<unknown> {
  switch (field.kind) {
    case 'text':
      return { ok: true, value: text };
    case 'date':
      return readDate(text);
    case 'yes_no':
      return readYesNo(text);
    case 'code':
      return field.codes ? readCode(text, field.codes) : { ok: true, value: text };
    case 'codes':
      return field.codes ? readCodes(text, field.codes) : { ok: true, value: [text] };
    case 'area':
      return readArea(text);
    case 'count':
      return readCount(text);
  }
}

/**
 * Checks one household read from a source and turns it into what the write commands take.
 * Every problem is a Rejection naming the row (or submission), the column as the source
 * wrote it and the reason; a field's value is quoted only when it is not personal data.
 * One bad member rejects the whole household: half a household is not imported.
 */
export function mapHousehold(source: SourceHousehold, context: MapContext): MappedHousehold {
  const rejections: Rejection[] = [];
  const columnOf = (key: string, member?: SourceMember) =>
    (member ? source.columns[`member${member.position}.${key}`] : undefined) ?? source.columns[key] ?? key;
  const reject = (key: string, reason: string, text: string | undefined, member?: SourceMember) => {
    const field = FIELD_BY_KEY.get(key);
    rejections.push({
      ref: source.ref,
      ...(member ? { position: member.position } : {}),
      field: columnOf(key, member),
      ...(text !== undefined && text !== '' && field?.personal !== true ? { value: text } : {}),
      reason,
    });
  };

  if (source.members.length === 0) {
    reject('givenName', 'the household has no members', undefined);
    return { ok: false, rejections };
  }

  // Person rows carry the household's fields on each row: the head's row decides, the others must agree.
  const head = source.members.find(isHead) ?? source.members[0]!;
  const householdText: Record<string, string> = { ...source.values };
  /** The member row a household field was read from (person rows), so its rejects name that row. */
  const readFrom: Record<string, SourceMember> = {};
  for (const field of HOUSEHOLD_FIELDS) {
    if (householdText[field.key] !== undefined) continue;
    const own = head.values[field.key];
    if (own !== undefined) {
      householdText[field.key] = own;
      readFrom[field.key] = head;
    }
    for (const member of source.members) {
      const other = member.values[field.key];
      if (other === undefined || member === head) continue;
      if (householdText[field.key] === undefined) {
        householdText[field.key] = other;
        readFrom[field.key] = member;
      } else if (other !== householdText[field.key])
        reject(
          field.key,
          `differs from the head's row (row ${head.position}); a household has one ${field.key}`,
          other,
          member,
        );
    }
  }

  const household: Record<string, unknown> = {};
  for (const field of HOUSEHOLD_FIELDS) {
    const text = householdText[field.key];
    if (text === undefined || text === '') {
      if (field.required) reject(field.key, 'must be given', undefined);
      continue;
    }
    const read = readField(field, text);
    if (read.ok) household[field.key] = read.value;
    else reject(field.key, read.reason, text, readFrom[field.key]);
  }
  const registeredOn = (household.registeredOn as { date: string } | undefined)?.date ?? context.today;
  const size = (household.householdSize as number | undefined) ?? source.members.length;
  if (size < source.members.length)
    reject('householdSize', `must be at least the number of members listed (${source.members.length})`, String(size));
  const services = (household.servicesDelivered as string[] | undefined) ?? [];
  for (const service of services)
    if (WITH_COURSE.has(service))
      reject(
        'servicesDelivered',
        `${service} needs a course: record it as a service delivery, not at registration`,
        service,
      );

  const members: MemberDraft[] = [];
  let heads = 0;
  for (const member of source.members) {
    const values: Record<string, unknown> = {};
    const unreadable = new Set<string>();
    let memberOk = true;
    for (const field of PERSON_FIELDS) {
      const text = member.values[field.key];
      if (text === undefined || text === '') continue;
      const read = readField(field, text);
      if (read.ok) values[field.key] = read.value;
      else {
        memberOk = false;
        unreadable.add(field.key);
        reject(field.key, read.reason, text, member);
      }
    }
    // Read against the domain's householdRelationships codes (readCode), so one of them.
    let relationship = values.relationshipToHead as HouseholdRelationship | undefined;
    if (relationship === undefined) {
      if (source.members.length === 1) relationship = 'head';
      else if (memberOk) {
        memberOk = false;
        reject('relationshipToHead', 'must be given when the household has more than one member', undefined, member);
      }
    }
    if (relationship === 'head') heads += 1;
    const personInput: Record<string, unknown> = {};
    for (const field of BENEFICIARY_COLUMNS) {
      const read = field.scope === 'household' ? household[field.key] : values[field.key];
      // readDate answers the day and whether only a year was given.
      personInput[field.key] = field.kind === 'date' ? (read as { date: string } | undefined)?.date : read;
    }
    // What the import fills in: the importing centre, the household's size and day, a year of birth estimated.
    const birth = values.dateOfBirth as { date: string; estimated: boolean } | undefined;
    Object.assign(personInput, {
      registrationCentreId: context.registrationCentreId,
      householdSize: size,
      registeredOn,
      dateOfBirthEstimated: values.dateOfBirthEstimated ?? birth?.estimated ?? false,
      consentRecordedHow: values.consentRecordedHow ?? 'imported registration',
    } satisfies Partial<Record<keyof BeneficiaryCreate, unknown>>);
    const parsed = BeneficiaryCreateSchema.safeParse(
      Object.fromEntries(Object.entries(personInput).filter(([, value]) => value !== undefined)),
    );
    if (!parsed.success) {
      memberOk = false;
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? 'givenName');
        // Household fields were reported once above.
        if (FIELD_BY_KEY.get(key)?.scope === 'household' || key === 'registrationCentreId' || unreadable.has(key))
          continue;
        const text = member.values[key];
        reject(
          key,
          text === undefined && issue.code === 'invalid_type' ? 'must be given' : issue.message,
          text,
          member,
        );
      }
    }
    if (!memberOk || !parsed.success || relationship === undefined) continue;
    const disability = Object.fromEntries(
      Object.entries(values).filter(([key]) => key.startsWith('disability')),
    ) as Record<string, string>;
    const draft = {
      position: member.position,
      relationshipToHead: relationship,
      person: parsed.data,
      disability,
      consentToContact: values.consentToContact === true,
    };
    if (relationship === 'head') members.unshift(draft);
    else members.push(draft);
  }
  if (heads !== 1)
    reject(
      'relationshipToHead',
      `the household must have exactly one member whose relationship is head (has ${heads})`,
      undefined,
    );

  if (rejections.length > 0) return { ok: false, rejections };
  return {
    ok: true,
    draft: {
      sourceKey: source.sourceKey,
      ref: source.ref,
      registrationCentreId: context.registrationCentreId,
      areaOfResidencePcode: household.areaOfResidencePcode as string,
      // The schema checked it on every member.
      populationGroup: members[0]!.person.populationGroup,
      registeredOn,
      size,
      members,
      servicesDelivered: services,
    },
  };
}
