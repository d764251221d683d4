import {
  BENEFICIARY_FIELD_NAMES,
  beneficiaryField,
  HOUSEHOLD_RELATIONSHIPS,
  nameKey,
  SERVICE_TYPES,
  VOCABULARIES,
  WASHINGTON_GROUP_ANSWERS,
  type BeneficiaryFieldKind,
  type BeneficiaryFieldName,
} from '@crc/domain';

/** How a column's text is read: as the registry's kind of the field, or (services) several codes. */
export type FieldKind = Exclude<BeneficiaryFieldKind, 'id'> | 'codes';

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

/** Registry fields a source may leave out because the import fills them in (mapHousehold): the day, the members listed. */
const FILLED_BY_THE_IMPORT: ReadonlySet<BeneficiaryFieldName> = new Set(['registeredOn', 'householdSize']);

/**
 * A Beneficiary field of @crc/domain's BENEFICIARY_FIELDS as a column: read as its kind
 * says, its codes from its vocabulary, required when a registration cannot leave it out.
 * An `id` field (the centre) is the importing centre, never a column.
 */
function beneficiaryColumn(name: BeneficiaryFieldName): RegistrationField | undefined {
  const field = beneficiaryField(name);
  if (field.kind === 'id') return undefined;
  const required =
    !field.schema.safeParse(undefined).success && field.createDefault === undefined && !FILLED_BY_THE_IMPORT.has(name);
  return {
    key: name,
    scope: field.household ? 'household' : 'person',
    kind: field.kind,
    ...(field.vocabulary === undefined ? {} : { codes: codes(field.vocabulary, VOCABULARIES[field.vocabulary]) }),
    ...(required ? { required } : {}),
    ...(field.personal === undefined ? {} : { personal: true }),
    aliases: field.importAliases ?? [],
  };
}

const BENEFICIARY_COLUMNS = BENEFICIARY_FIELD_NAMES.flatMap((name) => beneficiaryColumn(name) ?? []);

/** Whether a column is a Beneficiary field of the registry (what registerBeneficiary takes) rather than the import's own. */
export function isBeneficiaryColumn(
  field: RegistrationField,
): field is RegistrationField & { key: BeneficiaryFieldName } {
  return (BENEFICIARY_FIELD_NAMES as readonly string[]).includes(field.key);
}

/**
 * The columns of a registration, household columns first: the import's own (the household
 * key, services, relationship, consent to contact, Washington Group answers) around every
 * Beneficiary field of the registry, in its order.
 */
export const REGISTRATION_FIELDS: readonly RegistrationField[] = [
  {
    key: 'householdKey',
    scope: 'household',
    kind: 'text',
    aliases: ['household id', 'household number', 'hh id', 'hhid', 'household', 'رقم الأسرة', 'رمز الأسرة'],
  },
  ...BENEFICIARY_COLUMNS.filter((field) => field.scope === 'household'),
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
  ...BENEFICIARY_COLUMNS.filter((field) => field.scope === 'person'),
  {
    key: 'consentToContact',
    scope: 'person',
    kind: 'yes_no',
    aliases: ['consent contact', 'consent to contact', 'consent to be contacted', 'الموافقة على التواصل'],
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
