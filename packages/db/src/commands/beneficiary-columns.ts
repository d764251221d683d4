import {
  BENEFICIARY_FIELD_NAMES,
  BENEFICIARY_PERSONAL_FIELDS,
  beneficiaryField,
  type BeneficiaryCreate,
  type BeneficiaryFieldName,
  type BeneficiaryPersonalFieldName,
} from '@crc/domain';
import type { Prisma } from '../generated/prisma/client';
import { dateColumn } from './date-column';

/**
 * Registration fields the Beneficiary table keeps in another shape: consent becomes
 * consentGivenOn and consentPurposes (written by registerValidBeneficiary). Every other
 * field of @crc/domain's BENEFICIARY_FIELDS is a column of the same name (schema.prisma
 * maps the SQL names).
 */
const STORED_AS_CONSENT = ['consentToDataProcessing', 'consentToShareWithPartners'] as const;

type ColumnField = Exclude<BeneficiaryFieldName, (typeof STORED_AS_CONSENT)[number]>;

/** A field declared in @crc/domain with no column in schema.prisma fails to compile here. */
export type BeneficiaryFieldColumns = Pick<Prisma.BeneficiaryUncheckedCreateInput, ColumnField>;

const COLUMN_FIELDS = BENEFICIARY_FIELD_NAMES.filter(
  (name): name is ColumnField => !(STORED_AS_CONSENT as readonly string[]).includes(name),
);

/** A validated registration as the columns hold it: dates as DATE values, fields left out as NULL. */
export function beneficiaryFieldColumns(person: BeneficiaryCreate): BeneficiaryFieldColumns {
  const columns: Record<string, unknown> = {};
  for (const name of COLUMN_FIELDS) {
    const value = person[name];
    if (value === undefined) columns[name] = null;
    else columns[name] = beneficiaryField(name).kind === 'date' ? dateColumn(String(value)) : value;
  }
  return columns as BeneficiaryFieldColumns;
}

/**
 * Every personal field's column set to NULL: what erasure writes, before the exceptions
 * it makes (a NOT NULL name becomes '', the birth date keeps its month).
 */
export function clearedPersonalColumns(): { [K in BeneficiaryPersonalFieldName]: null } {
  return Object.fromEntries(BENEFICIARY_PERSONAL_FIELDS.map((name) => [name, null])) as {
    [K in BeneficiaryPersonalFieldName]: null;
  };
}
