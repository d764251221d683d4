import { INTL_TAGS, type Locale } from '../locale/locales';

/**
 * The digit system a user reads: `arab` for Arabic-Indic (٠١٢٣٤٥٦٧٨٩) or `latn`
 * for 0123456789. Many Iraqi users, Arabic and Kurdish alike, prefer Latin digits
 * on screens, so the choice belongs to the user, not to the locale.
 */
export type DigitSystem = 'arab' | 'latn';

/** Options every formatter accepts: `digits` overrides the locale's default digits. */
export interface DigitOptions {
  readonly digits?: DigitSystem | undefined;
}

/** The digits a locale uses when the user has not chosen (CLDR: ar-IQ and ckb use Arabic-Indic). */
export function defaultDigits(locale: Locale): DigitSystem {
  return locale === 'en' ? 'latn' : 'arab';
}

/** The Intl tag for a locale with the user's digit choice, e.g. `ar-IQ-u-nu-latn`. */
export function intlTag(locale: Locale, digits?: DigitSystem): string {
  return `${INTL_TAGS[locale]}-u-nu-${digits ?? defaultDigits(locale)}`;
}
