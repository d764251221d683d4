import type { DigitOptions } from '../format/digits';
import type { Locale } from '../locale/locales';
import type { MessageKey } from './catalog/en';
import { compileMessage } from './compile-message';

/** Values for a message's placeholders: `{ count: 3 }` for `{count, plural, ...}`. */
export type MessageValues = Readonly<Record<string, string | number | bigint | Date | boolean | null | undefined>>;

/**
 * The message for a key in a locale, with its placeholders filled. Numbers inside
 * the message (`{k, number}`, `#`) use the locale's digits unless `digits` says otherwise.
 *
 * @example t('ar', 'count.people', { count: 11 }) // '١١ شخصًا'
 */
export function t(locale: Locale, key: MessageKey, values?: MessageValues, options: DigitOptions = {}): string {
  const formatted = compileMessage(locale, key, options.digits).format(values);
  // Without rich-text (tag) values IntlMessageFormat always returns a string.
  return String(formatted);
}
