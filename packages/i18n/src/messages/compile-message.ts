import IntlMessageFormat from 'intl-messageformat';
import { type DigitSystem, intlTag } from '../format/digits';
import type { Locale } from '../locale/locales';
import { CATALOGS } from './catalogs';
import type { MessageKey } from './catalog/en';

const compiled = new Map<string, IntlMessageFormat>();

/**
 * The parsed, ready-to-format message for a key. Parsing ICU is the slow part of
 * formatting, so each (locale, digits, key) is parsed once per process.
 */
export function compileMessage(locale: Locale, key: MessageKey, digits?: DigitSystem): IntlMessageFormat {
  const tag = intlTag(locale, digits);
  const cacheKey = `${tag}\u0000${key}`;
  let message = compiled.get(cacheKey);
  if (message === undefined) {
    const source = CATALOGS[locale][key];
    if (source === undefined) throw new RangeError(`@crc/i18n: no message ${JSON.stringify(key)} in ${locale}`);
    message = new IntlMessageFormat(source, tag);
    compiled.set(cacheKey, message);
  }
  return message;
}
