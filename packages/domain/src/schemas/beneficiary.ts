import { z } from 'zod';
import {
  BENEFICIARY_FIELD_NAMES,
  beneficiaryField,
  type BENEFICIARY_FIELDS,
  type BeneficiaryPersonalFieldName,
} from './beneficiary-fields';
import { AFTER_FIELD_CHECKS } from './cross-field-checks';
import { ENTITY_FIELDS } from './entity-fields';
import { personal, personalFieldsOf } from './personal-data';
import { AT_LEAST_ONE_FIELD, hasAtLeastOneField } from './update-input';

type Fields = typeof BENEFICIARY_FIELDS;

/** The zod shape of the fields, each personal field marked in the personal-data registry. */
type Shape = { -readonly [K in keyof Fields]: Fields[K]['schema'] };
/** The same shape with the registration defaults applied (`createDefault`). */
type CreateShape = {
  -readonly [K in keyof Fields]: Fields[K] extends { readonly createDefault: boolean }
    ? z.ZodDefault<Fields[K]['schema']>
    : Fields[K]['schema'];
};

const beneficiaryFields = Object.fromEntries(
  BENEFICIARY_FIELD_NAMES.map((name) => {
    const field = beneficiaryField(name);
    return [name, field.personal === undefined ? field.schema : personal(field.schema, field.personal)];
  }),
) as Shape;

const createFields = Object.fromEntries(
  BENEFICIARY_FIELD_NAMES.map((name) => {
    const { createDefault } = beneficiaryField(name);
    const schema: z.ZodType = beneficiaryFields[name];
    return [name, createDefault === undefined ? schema : (schema as z.ZodBoolean).default(createDefault)];
  }),
) as CreateShape;

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

export const BeneficiaryCreateSchema = z.object(createFields).superRefine(checkBeneficiary, AFTER_FIELD_CHECKS);
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
) as readonly BeneficiaryPersonalFieldName[];
