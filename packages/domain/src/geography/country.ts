/**
 * Iraq itself, the level above the governorates. It is not an area of the OCHA p-code
 * scheme (no `IQG` code), but national figures (DTM's admin0 rows, national totals in IOM
 * documents) need a place: they are stored under the country code `IQ` (ISO 3166-1
 * alpha-2) at level `country`, never added to or mixed with the governorates' figures.
 */
export const COUNTRY_PCODE = 'IQ';

export interface CountryArea {
  readonly pcode: typeof COUNTRY_PCODE;
  readonly level: 'country';
  readonly parentPcode: null;
  /** ISO 3166-1 alpha-3, as DTM's admin0Pcode writes it. */
  readonly iso3: 'IRQ';
  readonly names: { readonly en: string; readonly ar: string; readonly ckb: string };
  /** The Sorani name is community-sourced, like the governorates'. */
  readonly ckbUnreviewed: true;
  readonly centroid: { readonly lat: number; readonly lon: number };
}

export const IRAQ: CountryArea = Object.freeze({
  pcode: COUNTRY_PCODE,
  level: 'country',
  parentPcode: null,
  iso3: 'IRQ',
  names: Object.freeze({ en: 'Iraq', ar: 'العراق', ckb: 'عێراق' }),
  ckbUnreviewed: true,
  centroid: Object.freeze({ lat: 33.22, lon: 43.68 }),
});

/** Codes and names that mean the whole country in DTM and master-list files: IQ, IRQ, Iraq, العراق. */
export function isCountryCode(text: string): boolean {
  const value = text.trim().toUpperCase();
  return value === 'IQ' || value === 'IRQ' || value === 'IRAQ' || text.trim() === 'العراق';
}
