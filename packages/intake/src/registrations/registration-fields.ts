import {
  HOUSEHOLD_RELATIONSHIPS,
  nameKey,
  POPULATION_GROUPS,
  SERVICE_TYPES,
  SEXES,
  WASHINGTON_GROUP_ANSWERS,
} from '@crc/domain';

/** How a column's text is read. */
export type FieldKind = 'text' | 'date' | 'yes_no' | 'code' | 'codes' | 'area' | 'count';

/** The codes of a coded field and the vocabulary (of @crc/domain, labelled by @crc/i18n) they come from. */
export interface FieldCodes {
  readonly vocabulary: string;
  readonly codes: readonly string[];
}

/**
 * One column of a registration spreadsheet (and the Kobo question that answers it): its
 * key (the @crc/domain field name), whether it describes the household or one person,
 * how it is read, and other spellings a header or a form question may use.
 */
export interface RegistrationField {
  readonly key: string;
  readonly scope: 'household' | 'person';
  readonly kind: FieldKind;
  readonly codes?: FieldCodes;
  /** Must be given (on every person, for person fields). */
  readonly required?: boolean;
  /** Holds personal data: its values never go into a rejects file or a report. */
  readonly personal?: boolean;
  /** Other header spellings and Kobo question names (snake_case forms of the key are added). */
  readonly aliases: readonly string[];
}

const codes = (vocabulary: string, entries: readonly { code: string }[]): FieldCodes => ({
  vocabulary,
  codes: entries.map((entry) => entry.code),
});

/** The columns of a registration, household columns first, in template order. */
export const REGISTRATION_FIELDS: readonly RegistrationField[] = [
  {
    key: 'householdKey',
    scope: 'household',
    kind: 'text',
    aliases: ['household id', 'household number', 'hh id', 'hhid', 'household', 'رقم الأسرة', 'رمز الأسرة'],
  },
  {
    key: 'areaOfResidencePcode',
    scope: 'household',
    kind: 'area',
    required: true,
    aliases: [
      'area',
      'area pcode',
      'area of residence',
      'district',
      'sub-district',
      'subdistrict',
      'pcode',
      'p-code',
      'admin2pcode',
      'admin3pcode',
      'القضاء',
      'الناحية',
      'منطقة السكن',
    ],
  },
  {
    key: 'populationGroup',
    scope: 'household',
    kind: 'code',
    codes: codes('populationGroups', POPULATION_GROUPS),
    required: true,
    aliases: ['population group', 'displacement status', 'status', 'الفئة السكانية'],
  },
  {
    key: 'registeredOn',
    scope: 'household',
    kind: 'date',
    aliases: ['registration date', 'date of registration', 'today', 'تاريخ التسجيل'],
  },
  {
    key: 'householdSize',
    scope: 'household',
    kind: 'count',
    aliases: ['household size', 'hh size', 'size', 'family size', 'عدد أفراد الأسرة'],
  },
  {
    key: 'servicesDelivered',
    scope: 'household',
    kind: 'codes',
    codes: codes('serviceTypes', SERVICE_TYPES),
    aliases: ['services', 'services delivered', 'الخدمات'],
  },
  {
    key: 'relationshipToHead',
    scope: 'person',
    kind: 'code',
    codes: codes('householdRelationships', HOUSEHOLD_RELATIONSHIPS),
    aliases: ['relationship', 'relationship to head', 'relation', 'صلة القرابة'],
  },
  {
    key: 'givenName',
    scope: 'person',
    kind: 'text',
    required: true,
    personal: true,
    aliases: ['given name', 'first name', 'name', 'الاسم', 'الاسم الأول'],
  },
  {
    key: 'fatherName',
    scope: 'person',
    kind: 'text',
    personal: true,
    aliases: ["father's name", 'father name', 'اسم الأب'],
  },
  {
    key: 'grandfatherName',
    scope: 'person',
    kind: 'text',
    personal: true,
    aliases: ["grandfather's name", 'grandfather name', 'اسم الجد'],
  },
  {
    key: 'familyName',
    scope: 'person',
    kind: 'text',
    required: true,
    personal: true,
    aliases: ['family name', 'last name', 'surname', 'tribe', 'اللقب', 'اسم العائلة'],
  },
  {
    key: 'sex',
    scope: 'person',
    kind: 'code',
    codes: codes('sexes', SEXES),
    required: true,
    aliases: ['gender', 'الجنس'],
  },
  {
    key: 'dateOfBirth',
    scope: 'person',
    kind: 'date',
    required: true,
    personal: true,
    aliases: ['date of birth', 'dob', 'birth date', 'birthdate', 'تاريخ الميلاد'],
  },
  {
    key: 'dateOfBirthEstimated',
    scope: 'person',
    kind: 'yes_no',
    aliases: ['date of birth estimated', 'dob estimated', 'estimated', 'تاريخ تقديري'],
  },
  {
    key: 'phone',
    scope: 'person',
    kind: 'text',
    personal: true,
    aliases: ['phone number', 'mobile', 'telephone', 'رقم الهاتف', 'الهاتف'],
  },
  {
    key: 'consentToDataProcessing',
    scope: 'person',
    kind: 'yes_no',
    required: true,
    aliases: ['consent', 'consent to data processing', 'informed consent', 'الموافقة'],
  },
  {
    key: 'consentToShareWithPartners',
    scope: 'person',
    kind: 'yes_no',
    aliases: ['consent share', 'consent to share', 'consent to sharing with partners', 'الموافقة على المشاركة'],
  },
  {
    key: 'consentToContact',
    scope: 'person',
    kind: 'yes_no',
    aliases: ['consent contact', 'consent to contact', 'consent to be contacted', 'الموافقة على التواصل'],
  },
  {
    key: 'consentRecordedHow',
    scope: 'person',
    kind: 'text',
    aliases: ['consent recorded how', 'how consent was recorded'],
  },
  ...(
    [
      ['disabilitySeeing', ['wg seeing', 'seeing']],
      ['disabilityHearing', ['wg hearing', 'hearing']],
      ['disabilityWalking', ['wg walking', 'walking']],
      ['disabilityCognition', ['wg remembering', 'wg cognition', 'remembering']],
      ['disabilitySelfCare', ['wg self care', 'self care', 'selfcare']],
      ['disabilityCommunication', ['wg communicating', 'wg communication', 'communicating']],
    ] as const
  ).map(([key, aliases]): RegistrationField => ({
    key,
    scope: 'person',
    kind: 'code',
    codes: codes('washingtonGroupAnswers', WASHINGTON_GROUP_ANSWERS),
    aliases,
  })),
];

export const FIELD_BY_KEY: ReadonlyMap<string, RegistrationField> = new Map(
  REGISTRATION_FIELDS.map((field) => [field.key, field]),
);

/** A header or question name reduced to what identifies it: case, spaces, `_`, `-`, `.`, Arabic spelling variants folded. */
export function headerKey(text: string): string {
  return nameKey(text.replace(/([a-z])([A-Z])/g, '$1 $2')).replace(/[\s_\-.:/]+/g, '');
}

function snakeCase(key: string): string {
  return key.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
}

/** The field a header (or a Kobo question name) names, given extra labels (the template's, in every language). */
export function fieldIndex(
  labels: (field: RegistrationField) => readonly string[],
): ReadonlyMap<string, RegistrationField> {
  const index = new Map<string, RegistrationField>();
  for (const field of REGISTRATION_FIELDS) {
    for (const spelling of [field.key, snakeCase(field.key), ...field.aliases, ...labels(field)]) {
      const key = headerKey(spelling);
      if (key !== '' && !index.has(key)) index.set(key, field);
    }
  }
  return index;
}
