import {
  BENEFICIARY_FIELD_NAMES,
  BENEFICIARY_PERSONAL_FIELDS,
  beneficiaryField,
  type BeneficiaryCreate,
  type BeneficiaryFieldKind,
  type BeneficiaryFieldName,
  type BeneficiaryPersonalFieldName,
} from '@crc/domain';
import type { Prisma } from '../generated/prisma/client';
import { dateColumn } from './date-column';
import type { RowColumns } from './insert-rows';

/**
 * Registration fields the Beneficiary table keeps in another shape: consent becomes
 * consentGivenOn and consentPurposes (written by registerValidBeneficiary). Every other
 * field of @crc/domain's BENEFICIARY_FIELDS is a column of the same name (schema.prisma
 * maps the SQL names).
 */
const STORED_AS_CONSENT = ['consentToDataProcessing', 'consentToShareWithPartners'] as const;

export type ColumnField = Exclude<BeneficiaryFieldName, (typeof STORED_AS_CONSENT)[number]>;

/** A field declared in @crc/domain with no column in schema.prisma fails to compile here. */
export type BeneficiaryFieldColumns = Pick<Prisma.BeneficiaryUncheckedCreateInput, ColumnField>;

/** The registry's fields that are columns of the same name, in the registry's order. */
export const COLUMN_FIELDS = BENEFICIARY_FIELD_NAMES.filter(
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

/** `motherName` -> `mother_name`: the SQL name schema.prisma maps a field to (`@map`), by the repository's rule. */
export function snakeCaseColumn(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** The columns that kept an older SQL name than their field's (schema.prisma maps them). */
const OLDER_SQL_NAMES: Partial<Record<ColumnField, string>> = {
  dateOfBirth: 'birth_date',
  areaOfResidencePcode: 'area_pcode',
};

/** The SQL type a batched write (insertRows, updateRows) reads a field's JSON value as. */
const SQL_TYPE_OF_KIND: Readonly<Record<BeneficiaryFieldKind, string>> = {
  text: 'text',
  code: 'text',
  area: 'varchar(16)',
  date: 'date',
  yes_no: 'boolean',
  count: 'integer',
  id: 'uuid',
};

/**
 * The registry's column fields as batched writes name them: key, SQL column, SQL type. A
 * field whose column is not where this says fails the import's round-trip test of every
 * field (import-households.test.ts) rather than a release.
 */
export const BENEFICIARY_FIELD_SQL_COLUMNS = COLUMN_FIELDS.map(
  (name) =>
    [name, OLDER_SQL_NAMES[name] ?? snakeCaseColumn(name), SQL_TYPE_OF_KIND[beneficiaryField(name).kind]] as const,
) satisfies RowColumns;
