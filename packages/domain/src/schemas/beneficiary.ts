import { z } from 'zod';
import { PcodeSchema } from '../geography/pcode';
import { PopulationGroupSchema } from '../vocabularies/population-groups';
import { SexSchema } from '../vocabularies/sexes';
import { AFTER_FIELD_CHECKS } from './cross-field-checks';
import { ENTITY_FIELDS } from './entity-fields';
import { IdSchema } from './id';
import { PastOrTodayDateSchema } from './iso-date';
import { personal, personalFieldsOf } from './personal-data';
import { AT_LEAST_ONE_FIELD, hasAtLeastOneField } from './update-input';

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
 * Personal data: the fields that identify a person (names, phone, exact birth
 * date). Sex, population group, household size and area stay visible to partners
 * because every aggregate is built from them (small cells are suppressed there).
 */
const beneficiaryFields = {
  givenName: personal(nameSchema(), 'identifies the person'),
  familyName: personal(nameSchema(), 'identifies the person'),
  /** Iraqi names are given + father's + grandfather's name; they disambiguate namesakes. */
  fatherName: personal(nameSchema(), 'identifies the person').optional(),
  grandfatherName: personal(nameSchema(), 'identifies the person').optional(),
  phone: personal(PhoneSchema, 'contact details').optional(),
  dateOfBirth: personal(PastOrTodayDateSchema, 'with the name, identifies the person'),
  /** True when only the year or an approximate age was known. */
  dateOfBirthEstimated: z.boolean(),
  sex: SexSchema,
  populationGroup: PopulationGroupSchema,
  householdSize: z
    .int({ error: 'must be a whole number of people' })
    .min(1, { error: 'must be at least 1 (the person themselves)' })
    .max(100, { error: 'must be at most 100 people' }),
  areaOfResidencePcode: PcodeSchema,
  registrationCentreId: IdSchema,
  registeredOn: PastOrTodayDateSchema,
  /** Registration requires informed consent to process the person's data. */
  consentToDataProcessing: z.literal(true, {
    error: 'must be true: register a person only with their informed consent',
  }),
  /** Whether the person agreed to their data being shared with partners for referrals. */
  consentToShareWithPartners: z.boolean(),
  /** How the consent was recorded, e.g. 'signed form', 'verbal, witnessed by the case worker'. */
  consentRecordedHow: z.string().trim().min(1).max(200).optional(),
};

type BeneficiaryFields = z.output<z.ZodObject<typeof beneficiaryFields>>;

function checkBeneficiary(beneficiary: Partial<BeneficiaryFields>, ctx: z.RefinementCtx): void {
  if (beneficiary.dateOfBirth && beneficiary.registeredOn && beneficiary.registeredOn < beneficiary.dateOfBirth) {
    ctx.addIssue({ code: 'custom', path: ['registeredOn'], message: 'must not be before the date of birth' });
  }
}

/** A person registered at a centre. */
export const BeneficiarySchema = z
  .object({ ...ENTITY_FIELDS, ...beneficiaryFields })
  .superRefine(checkBeneficiary, AFTER_FIELD_CHECKS);
export type Beneficiary = z.infer<typeof BeneficiarySchema>;

export const BeneficiaryCreateSchema = z
  .object({
    ...beneficiaryFields,
    dateOfBirthEstimated: beneficiaryFields.dateOfBirthEstimated.default(false),
    consentToShareWithPartners: beneficiaryFields.consentToShareWithPartners.default(false),
  })
  .superRefine(checkBeneficiary, AFTER_FIELD_CHECKS);
export type BeneficiaryCreate = z.infer<typeof BeneficiaryCreateSchema>;
/** What a caller may pass (defaults not yet applied). */
export type BeneficiaryCreateInput = z.input<typeof BeneficiaryCreateSchema>;

export const BeneficiaryUpdateSchema = z
  .object(beneficiaryFields)
  .partial()
  .refine(hasAtLeastOneField, AT_LEAST_ONE_FIELD)
  .superRefine(checkBeneficiary, AFTER_FIELD_CHECKS);
export type BeneficiaryUpdate = z.infer<typeof BeneficiaryUpdateSchema>;

/** Beneficiary fields only roles allowed to see personal data may read. */
export const BENEFICIARY_PERSONAL_FIELDS = Object.freeze(
  personalFieldsOf(BeneficiarySchema),
) as readonly (keyof Beneficiary)[];
