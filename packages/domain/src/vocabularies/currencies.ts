import { vocabularySchema } from './vocabulary';

/**
 * Currencies of funding and transactions. Codes are ISO 4217 (upper case, unlike the
 * other vocabularies: they are an external standard that Intl, IATI and HXL
 * `#currency+code` use verbatim). `minorUnits` is the number of decimal places an
 * amount may carry. IQD is 0, not ISO's 3: fils have not circulated for decades and
 * every budget, price and payment in Iraq is in whole dinars, so a fractional dinar
 * is a data-entry error, not a value. JPY is 0 as in ISO.
 * The list covers Iraq and the donors of the IOM documents (EU, USA, Canada, Germany,
 * Sweden, Japan, UK); add codes at the end.
 */
export const CURRENCIES = [
  { code: 'IQD', label: 'Iraqi dinar', minorUnits: 0 },
  { code: 'USD', label: 'US dollar', minorUnits: 2 },
  { code: 'EUR', label: 'Euro', minorUnits: 2 },
  { code: 'GBP', label: 'Pound sterling', minorUnits: 2 },
  { code: 'CAD', label: 'Canadian dollar', minorUnits: 2 },
  { code: 'SEK', label: 'Swedish krona', minorUnits: 2 },
  { code: 'CHF', label: 'Swiss franc', minorUnits: 2 },
  { code: 'JPY', label: 'Japanese yen', minorUnits: 0 },
] as const;

export const CurrencySchema = /* @__PURE__ */ vocabularySchema(CURRENCIES, 'currency');
export type Currency = (typeof CURRENCIES)[number]['code'];

/** Decimal places allowed for amounts in this currency. */
export function minorUnitsOf(currency: Currency): number {
  const entry = CURRENCIES.find((candidate) => candidate.code === currency);
  if (!entry) throw new RangeError(`unknown currency ${JSON.stringify(currency)}`);
  return entry.minorUnits;
}
