import type { AdminLevel } from './admin-level';

/** One governorate, district or sub-district of Iraq. */
export interface AdminArea {
  /** OCHA p-code, e.g. `IQG10Q05`. */
  readonly pcode: string;
  readonly level: AdminLevel;
  /** p-code of the enclosing area; `null` for governorates. */
  readonly parentPcode: string | null;
  /** ISO 3166-2 code, governorates only (e.g. `IQ-DI`). */
  readonly isoCode: string | null;
  readonly names: {
    readonly en: string;
    readonly ar: string;
    /** Sorani Kurdish; `null` where no translation exists (districts, sub-districts). */
    readonly ckb: string | null;
  };
  /** True while the Sorani name is community-sourced and awaits a translator's review. */
  readonly ckbUnreviewed: boolean;
  readonly centroid: { readonly lat: number; readonly lon: number };
}
