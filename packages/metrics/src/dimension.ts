import type { AdminLevel, DateInput, DisabilityStatus, PopulationGroup, Sector, ServiceType, Sex } from '@crc/domain';

/** What a table can be broken down by. Areas are asked for at one admin level. */
export type Dimension =
  | 'sex'
  | 'ageBracket'
  | 'populationGroup'
  | 'disabilityStatus'
  | 'governorate'
  | 'district'
  | 'subdistrict'
  | 'sector'
  | 'serviceType';

export const DIMENSIONS: readonly Dimension[] = [
  'sex',
  'ageBracket',
  'populationGroup',
  'disabilityStatus',
  'governorate',
  'district',
  'subdistrict',
  'sector',
  'serviceType',
];

/**
 * The code of a record whose value for a dimension is unknown: no birth date, no
 * area, or an area recorded only more coarsely than the table asks (a governorate in
 * a district table). Such records are counted here rather than dropped, so that the
 * totals are the totals of everyone; the same code as the sex vocabulary's.
 */
export const NOT_RECORDED = 'not_recorded';

/** What one counted record says about a person (and, for deliveries, about the service). */
export interface ReachRecord {
  readonly sex?: Sex | null;
  /** ISO date 'YYYY-MM-DD' or a Date; the age bracket is the age at the table's `at` date. */
  readonly dateOfBirth?: DateInput | null;
  readonly populationGroup?: PopulationGroup | null;
  /**
   * With or without disability by the Washington Group Short Set's cut-off (@crc/domain
   * disabilityStatusOf of the person's answers): a derived code, never typed in.
   */
  readonly disabilityStatus?: DisabilityStatus | null;
  /** OCHA p-code at any level; rolled up to the level a table asks for. */
  readonly areaPcode?: string | null;
  readonly sector?: Sector | null;
  readonly serviceType?: ServiceType | null;
}

/** One service delivered to one person: a record that names the person. */
export interface DeliveryRecord extends ReachRecord {
  readonly beneficiaryId: string;
}

export const AREA_DIMENSION_LEVELS: Readonly<Record<'governorate' | 'district' | 'subdistrict', AdminLevel>> = {
  governorate: 'governorate',
  district: 'district',
  subdistrict: 'subdistrict',
};

export function isAreaDimension(dimension: Dimension): dimension is 'governorate' | 'district' | 'subdistrict' {
  return dimension === 'governorate' || dimension === 'district' || dimension === 'subdistrict';
}
