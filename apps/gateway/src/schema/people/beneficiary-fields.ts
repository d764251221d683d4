import {
  BENEFICIARY_FIELD_NAMES,
  beneficiaryField,
  type BeneficiaryFieldDefinition,
  type BeneficiaryFieldName,
} from '@crc/domain';
import type { Beneficiary as BeneficiaryRow, RegisterBeneficiaryInput } from '@crc/db';
import type { FieldKind, FieldMap, InputFieldMap } from '@pothos/core';
import type { builder } from '../../builder';
import { idFromInput } from '../common/ids';

/*
 * The Beneficiary fields of the API, from @crc/domain's BENEFICIARY_FIELDS: each field
 * declared there is served on Beneficiary (guarded on its own when personal) and
 * accepted by RegisterBeneficiaryInput, with the registry's description. Fields the
 * gateway serves in a shape of its own are listed in SERVED_IN_BENEFICIARY_TS.
 */

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
type OutputBuilder = PothosSchemaTypes.RootFieldBuilder<Types, BeneficiaryRow, 'Object'>;
type InputBuilder = PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>;

const PERSONAL =
  'Personal data: only ADMIN and CENTRE_STAFF of the person’s registration centre may read it (null with a FORBIDDEN error for others).';

/**
 * Fields beneficiary.ts serves itself: a relation beside the id or p-code, a vocabulary
 * enum with its label, a non-null date, the consent object.
 */
const SERVED_IN_BENEFICIARY_TS: ReadonlySet<BeneficiaryFieldName> = new Set<BeneficiaryFieldName>([
  'registrationCentreId',
  'areaOfResidencePcode',
  'sex',
  'populationGroup',
  'registeredOn',
  'consentToDataProcessing',
  'consentToShareWithPartners',
  'consentRecordedHow',
]);

/** Whether a field's value comes from a form without a value being required (optional, or defaulted). */
function isOptionalInput(field: BeneficiaryFieldDefinition): boolean {
  return field.createDefault !== undefined || field.schema.safeParse(undefined).success;
}

/** The phone is for calling the person: not served once they withdrew consent to be contacted. */
export type ServedUnderConsent = (beneficiary: BeneficiaryRow, name: BeneficiaryFieldName) => boolean;

/**
 * The Beneficiary fields of the registry that beneficiary.ts does not serve itself, each
 * nullable; personal ones guarded by `personalDataAt` of the person's centre.
 */
export function beneficiaryOutputFields(
  builderOfType: { readonly kind: FieldKind },
  served: ServedUnderConsent,
): FieldMap {
  const t = builderOfType as unknown as OutputBuilder;
  const fields: FieldMap = {};
  for (const name of BENEFICIARY_FIELD_NAMES) {
    if (SERVED_IN_BENEFICIARY_TS.has(name)) continue;
    const field = beneficiaryField(name);
    const options = {
      nullable: true,
      ...(field.personal === undefined
        ? { description: field.description }
        : {
            description: `${field.description} ${PERSONAL}`,
            authScopes: (beneficiary: BeneficiaryRow) => ({ personalDataAt: beneficiary.registrationCentreId }),
          }),
    } as const;
    const value = (beneficiary: BeneficiaryRow): unknown =>
      served(beneficiary, name) ? (beneficiary as unknown as Record<string, unknown>)[name] : null;
    switch (field.kind) {
      case 'text':
        fields[name] = t.string({ ...options, resolve: (b) => value(b) as string | null });
        break;
      case 'date':
        fields[name] = t.field({ ...options, type: 'Date', resolve: (b) => value(b) as Date | null });
        break;
      case 'yes_no':
        fields[name] = t.boolean({ ...options, resolve: (b) => value(b) as boolean | null });
        break;
      case 'count':
        fields[name] = t.int({ ...options, resolve: (b) => value(b) as number | null });
        break;
      default:
        throw new Error(
          `Beneficiary.${name}: a ${field.kind} field is served by hand: define it in people/beneficiary.ts and list it in SERVED_IN_BENEFICIARY_TS`,
        );
    }
  }
  return fields;
}

/** Every field of the registry (but `except`) as an input field: required unless the domain lets it be left out. */
export function beneficiaryInputFields(
  t: InputBuilder,
  { except = [] }: { readonly except?: readonly BeneficiaryFieldName[] } = {},
): InputFieldMap {
  const fields: InputFieldMap = {};
  for (const name of BENEFICIARY_FIELD_NAMES) {
    if (except.includes(name)) continue;
    const field = beneficiaryField(name);
    const options = { required: !isOptionalInput(field), description: field.inputDescription ?? field.description };
    switch (field.kind) {
      case 'text':
      case 'code':
      case 'area':
        fields[name] = t.string(options);
        break;
      case 'date':
        fields[name] = t.field({ ...options, type: 'Date' });
        break;
      case 'yes_no':
        fields[name] = t.boolean(options);
        break;
      case 'count':
        fields[name] = t.int(options);
        break;
      case 'id':
        fields[name] = t.id(options);
        break;
    }
  }
  return fields;
}

/** A RegisterBeneficiaryInput as the command takes it: ids (global or UUID) as UUIDs; the command's schema checks the rest. */
export function registrationOf(input: Readonly<Record<string, unknown>>): RegisterBeneficiaryInput {
  const registration: Record<string, unknown> = { ...input };
  for (const name of BENEFICIARY_FIELD_NAMES) {
    const { kind, refersTo } = beneficiaryField(name);
    const value = input[name];
    if (kind === 'id' && refersTo !== undefined && (typeof value === 'string' || typeof value === 'number'))
      registration[name] = idFromInput(value, refersTo);
  }
  return registration;
}
