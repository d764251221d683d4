import { z } from 'zod';
import { PcodeSchema } from '../geography/pcode';
import type { VocabularyName } from '../vocabularies/registry';
import { PopulationGroupSchema } from '../vocabularies/population-groups';
import { SexSchema } from '../vocabularies/sexes';
import { IdSchema } from './id';
import { PastOrTodayDateSchema } from './iso-date';

/**
 * How a field's value is written in a form, a spreadsheet cell or the API: free text, an
 * ISO date, yes/no, a whole number, a vocabulary code, an area p-code, a record id.
 */
export type BeneficiaryFieldKind = 'text' | 'date' | 'yes_no' | 'count' | 'code' | 'area' | 'id';

/** One field of a Beneficiary, declared once: everything else (API, commands, erasure, audit, labels) reads it. */
export interface BeneficiaryFieldDefinition {
  /** What a registration accepts (`.optional()` when it may be left out). */
  readonly schema: z.ZodType;
  readonly kind: BeneficiaryFieldKind;
  /** The vocabulary of a `code` field. */
  readonly vocabulary?: VocabularyName;
  /** The entity an `id` field points at. */
  readonly refersTo?: string;
  /**
   * Personal data, and why: hidden from roles that may not see people, cleared when the
   * person is erased, named but never valued in the audit log.
   */
  readonly personal?: string;
  /** The value a registration takes when the field is left out. */
  readonly createDefault?: boolean;
  /** The English label, served by @crc/i18n as `field.<name>` (translated in its ar and ckb catalogues). */
  readonly label: string;
  /** What the field holds (API documentation of the stored value). */
  readonly description: string;
  /** What an input must give, when it says more than `description` (API documentation of the input). */
  readonly inputDescription?: string;
  /** A valid value, for documentation and for the tests that run every field end to end. */
  readonly example: string | number | boolean;
  /**
   * The same for every member of a household (where they live, their group, its size, the
   * centre and day of registration): a household import reads it once per household.
   */
  readonly household?: true;
  /**
   * Other spellings of the field in a registration sheet's header or a KoboToolbox question
   * name. An import reads the field's name, its snake_case form (`mother_name`) and its labels
   * in every language without them.
   */
  readonly importAliases?: readonly string[];
}

const nameSchema = () => z.string().trim().min(1, { error: 'must not be empty' }).max(100);

/**
 * Phone numbers are stored without spaces or dashes: an Iraqi mobile in national
 * ('07512342550') or international ('+9647512342550') form, or any E.164 number.
 */
const PHONE = /^(?:0?7\d{9}|\+9647\d{9}|\+[1-9]\d{6,14})$/;
const PhoneSchema = z
  .string()
  .transform((value) => value.replace(/[\s\-().]/g, '').replace(/^00/, '+'))
  .pipe(z.string().regex(PHONE, { error: "must be a phone number such as '0751 234 2550' or '+964 751 234 2550'" }));

/*
 * The fields of a registered person. Personal data are the fields that identify a
 * person (names, phone, exact birth date). Sex, population group, household size and
 * area stay visible to partners because every aggregate is built from them (small cells
 * are suppressed there). Adding a field here (and its column in schema.prisma, its
 * ar/ckb labels) serves it in the API, accepts it in registerBeneficiary, protects it
 * when personal, clears it on erasure and reads it from registration sheets and
 * KoboToolbox forms (@crc/intake, by its name, snake_case name, labels and importAliases).
 */
export const BENEFICIARY_FIELDS = {
  givenName: {
    schema: nameSchema(),
    kind: 'text',
    personal: 'identifies the person',
    label: 'Given name',
    description: 'Given (first) name.',
    inputDescription: 'Given name, any script.',
    example: 'منال',
    importAliases: ['given name', 'first name', 'name', 'الاسم', 'الاسم الأول'],
  },
  familyName: {
    schema: nameSchema(),
    kind: 'text',
    personal: 'identifies the person',
    label: 'Family name',
    description: 'Family (tribe or last) name.',
    inputDescription: 'Family name.',
    example: 'الجبوري',
    importAliases: ['family name', 'last name', 'surname', 'tribe', 'اللقب', 'اسم العائلة'],
  },
  /** Iraqi names are given + father's + grandfather's name; they disambiguate namesakes. */
  fatherName: {
    schema: nameSchema().optional(),
    kind: 'text',
    personal: 'identifies the person',
    label: 'Father’s name',
    description: 'Father’s name, which tells namesakes apart.',
    inputDescription: 'Father’s name.',
    example: 'حسن',
    importAliases: ["father's name", 'father name', 'اسم الأب'],
  },
  grandfatherName: {
    schema: nameSchema().optional(),
    kind: 'text',
    personal: 'identifies the person',
    label: 'Grandfather’s name',
    description: 'Grandfather’s name.',
    inputDescription: 'Grandfather’s name, which tells namesakes apart.',
    example: 'كاظم',
    importAliases: ["grandfather's name", 'grandfather name', 'اسم الجد'],
  },
  /**
   * With the three-part name, the mother's name is how Iraqi civil status records identify
   * a person: legal counselling on lost documents needs it, and it tells namesakes apart.
   */
  motherName: {
    schema: nameSchema().optional(),
    kind: 'text',
    personal: 'identifies the person',
    label: 'Mother’s name',
    description: 'Mother’s name, as Iraqi civil status records give it beside the father’s and grandfather’s.',
    example: 'زينب',
  },
  phone: {
    schema: PhoneSchema.optional(),
    kind: 'text',
    personal: 'contact details',
    label: 'Phone number',
    description:
      'Phone number, without spaces (e.g. `07512342550`); null once the person withdrew consent to be contacted (`consent.mayContact`).',
    inputDescription: 'Phone number, e.g. `0751 234 2550` or `+964 751 234 2550`; stored without spaces.',
    example: '07512342550',
    importAliases: ['phone number', 'mobile', 'telephone', 'رقم الهاتف', 'الهاتف'],
  },
  dateOfBirth: {
    schema: PastOrTodayDateSchema,
    kind: 'date',
    personal: 'with the name, identifies the person',
    label: 'Date of birth',
    description: 'Date of birth (possibly estimated from a stated age).',
    inputDescription: 'Date of birth; not in the future.',
    example: '1988-04-12',
    importAliases: ['date of birth', 'dob', 'birth date', 'birthdate', 'تاريخ الميلاد'],
  },
  dateOfBirthEstimated: {
    schema: z.boolean(),
    kind: 'yes_no',
    createDefault: false,
    label: 'Date of birth is estimated',
    description: 'True when only the year or an approximate age was known.',
    inputDescription: 'True when only the year or an age was known (default false).',
    example: true,
    importAliases: ['date of birth estimated', 'dob estimated', 'estimated', 'تاريخ تقديري'],
  },
  sex: {
    schema: SexSchema,
    kind: 'code',
    vocabulary: 'sexes',
    label: 'Sex',
    description: 'Sex as recorded.',
    inputDescription:
      'A `sexes` code: `female`, `male` or `not_recorded` (lower case; a wrong code is a ValidationError on `sex`).',
    example: 'female',
    importAliases: ['gender', 'الجنس'],
  },
  populationGroup: {
    schema: PopulationGroupSchema,
    kind: 'code',
    vocabulary: 'populationGroups',
    label: 'Population group',
    description: 'Displacement status.',
    inputDescription: 'A `populationGroups` code: `idp`, `returnee`, `host_community`, `refugee` or `other`.',
    example: 'returnee',
    household: true,
    importAliases: ['population group', 'displacement status', 'status', 'الفئة السكانية'],
  },
  householdSize: {
    schema: z
      .int({ error: 'must be a whole number of people' })
      .min(1, { error: 'must be at least 1 (the person themselves)' })
      .max(100, { error: 'must be at most 100 people' }),
    kind: 'count',
    label: 'Household size',
    description: 'People in the household, the person included.',
    inputDescription: 'People in the household, the person included: 1 to 100.',
    example: 5,
    household: true,
    importAliases: ['household size', 'hh size', 'size', 'family size', 'عدد أفراد الأسرة'],
  },
  areaOfResidencePcode: {
    schema: PcodeSchema,
    kind: 'area',
    label: 'Area of residence',
    description: 'P-code of the area of residence.',
    inputDescription: 'P-code of the area where the person lives, e.g. `IQG10Q05N02`.',
    example: 'IQG10Q05N02',
    household: true,
    importAliases: [
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
  registrationCentreId: {
    schema: IdSchema,
    kind: 'id',
    refersTo: 'Centre',
    label: 'Centre of registration',
    description: 'UUID of the centre where the person is registered.',
    inputDescription: 'The centre registering the person (global id or UUID); one the key is bound to.',
    example: '3f1c2b9e-6d1a-4c1e-9a57-1b2c3d4e5f60',
    household: true,
  },
  registeredOn: {
    schema: PastOrTodayDateSchema,
    kind: 'date',
    label: 'Registration date',
    description: 'Date of registration.',
    inputDescription: 'Date of registration; not in the future nor before the date of birth.',
    example: '2018-02-01',
    household: true,
    importAliases: ['registration date', 'date of registration', 'today', 'تاريخ التسجيل'],
  },
  /** Registration requires informed consent to process the person's data. */
  consentToDataProcessing: {
    schema: z.literal(true, { error: 'must be true: register a person only with their informed consent' }),
    kind: 'yes_no',
    label: 'Consent to data processing',
    description: 'Consent to process the person’s data.',
    inputDescription:
      'Must be true: a person is registered only with their informed consent. Stored as the consent given on the registration date, for data processing.',
    example: true,
    importAliases: ['consent', 'consent to data processing', 'informed consent', 'الموافقة'],
  },
  /** Whether the person agreed to their data being shared with partners for referrals. */
  consentToShareWithPartners: {
    schema: z.boolean(),
    kind: 'yes_no',
    createDefault: false,
    label: 'Consent to share with partners',
    description: 'Whether the person agreed to their data being shared with partners for referrals.',
    inputDescription:
      'Whether the person agreed to their data being shared with partners for referrals (default false); stored as a consent purpose.',
    example: false,
    importAliases: ['consent share', 'consent to share', 'consent to sharing with partners', 'الموافقة على المشاركة'],
  },
  consentRecordedHow: {
    schema: z.string().trim().min(1).max(200).optional(),
    kind: 'text',
    label: 'How consent was recorded',
    description: 'How the consent was recorded, e.g. `signed form` or `verbal, witnessed by the case worker`.',
    example: 'signed form',
    importAliases: ['consent recorded how', 'how consent was recorded'],
  },
} as const satisfies Readonly<Record<string, BeneficiaryFieldDefinition>>;

export type BeneficiaryFieldName = keyof typeof BENEFICIARY_FIELDS;

/** The names of the personal fields (those with a `personal` reason). */
export type BeneficiaryPersonalFieldName = {
  [K in BeneficiaryFieldName]: (typeof BENEFICIARY_FIELDS)[K] extends { readonly personal: string } ? K : never;
}[BeneficiaryFieldName];

/** The field names, in declaration order. */
export const BENEFICIARY_FIELD_NAMES = Object.keys(BENEFICIARY_FIELDS) as BeneficiaryFieldName[];

/** The definition of one field, typed loosely (for code that loops over the fields). */
export function beneficiaryField(name: BeneficiaryFieldName): BeneficiaryFieldDefinition {
  return BENEFICIARY_FIELDS[name];
}

/** Every field at its example: a registration BeneficiaryCreateSchema accepts (its tests check it). */
export const BENEFICIARY_EXAMPLE = Object.fromEntries(
  BENEFICIARY_FIELD_NAMES.map((name) => [name, BENEFICIARY_FIELDS[name].example]),
) as { readonly [K in BeneficiaryFieldName]: (typeof BENEFICIARY_FIELDS)[K]['example'] };
