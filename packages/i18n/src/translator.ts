import type { AdminArea, AgeBracket, VocabularyCode, VocabularyName } from '@crc/domain';
import { type AreaDisplayName, areaLabel, areaName } from './areas/area-name';
import { type DigitOptions, type DigitSystem, defaultDigits } from './format/digits';
import { formatCompactNumber } from './format/format-compact-number';
import { formatCurrency } from './format/format-currency';
import { type DateFormatOptions, formatDate } from './format/format-date';
import { type ListType, formatList } from './format/format-list';
import {
  type NumberFormatOptions,
  type PercentFormatOptions,
  formatNumber,
  formatPercent,
} from './format/format-number';
import { type RelativeTimeOptions, type RelativeTimeUnit, formatRelativeTime } from './format/format-relative-time';
import { type TextDirection, direction } from './locale/direction';
import type { Locale } from './locale/locales';
import { ageBracketLabel } from './messages/age-bracket-label';
import type { MessageKey } from './messages/catalog/en';
import { type MessageValues, t } from './messages/translate';
import { vocabularyLabel } from './messages/vocabulary-label';
import {
  type TranslateIssuesOptions,
  type TranslatedIssue,
  type ValidationIssue,
  translateIssues,
} from './validation/translate-issues';

/** Everything a screen needs in one user's language and digits. */
export interface Translator {
  readonly locale: Locale;
  readonly direction: TextDirection;
  readonly digits: DigitSystem;
  t(key: MessageKey, values?: MessageValues): string;
  vocabularyLabel<N extends VocabularyName>(vocabulary: N, code: VocabularyCode<N> | (string & {})): string;
  ageBracketLabel(bracket: Pick<AgeBracket, 'minAge' | 'maxAge'>): string;
  areaName(area: AdminArea | string): AreaDisplayName;
  areaLabel(area: AdminArea | string): string;
  formatNumber(value: number | bigint, options?: Omit<NumberFormatOptions, 'digits'>): string;
  formatPercent(ratio: number, options?: Omit<PercentFormatOptions, 'digits'>): string;
  formatCurrency(amount: string | number | bigint, currency: string): string;
  formatCompactNumber(value: number): string;
  formatDate(date: Date | string, options?: Omit<DateFormatOptions, 'digits'>): string;
  formatList(items: readonly string[], type?: ListType): string;
  formatRelativeTime(value: number, unit: RelativeTimeUnit, options?: Omit<RelativeTimeOptions, 'digits'>): string;
  translateIssues(
    error: { readonly issues: readonly ValidationIssue[] } | readonly ValidationIssue[],
    options?: Omit<TranslateIssuesOptions, 'digits'>,
  ): TranslatedIssue[];
}

/**
 * A translator bound to a locale and the user's digit choice, e.g. per request in the
 * gateway: `createTranslator(negotiateLocale(header), { digits: user.digits })`.
 * The digit choice, when given, wins over the locale's default everywhere.
 */
export function createTranslator(locale: Locale, options: DigitOptions = {}): Translator {
  const digits = options.digits ?? defaultDigits(locale);
  const withDigits = { digits };
  return {
    locale,
    direction: direction(locale),
    digits,
    t: (key, values) => t(locale, key, values, withDigits),
    vocabularyLabel: (vocabulary, code) => vocabularyLabel(locale, vocabulary, code, withDigits),
    ageBracketLabel: (bracket) => ageBracketLabel(locale, bracket, withDigits),
    areaName: (area) => areaName(locale, area),
    areaLabel: (area) => areaLabel(locale, area, withDigits),
    formatNumber: (value, numberOptions) => formatNumber(locale, value, { ...numberOptions, digits }),
    formatPercent: (ratio, percentOptions) => formatPercent(locale, ratio, { ...percentOptions, digits }),
    formatCurrency: (amount, currency) => formatCurrency(locale, amount, currency, withDigits),
    formatCompactNumber: (value) => formatCompactNumber(locale, value, withDigits),
    formatDate: (date, dateOptions) => formatDate(locale, date, { ...dateOptions, digits }),
    formatList: (items, type) => formatList(locale, items, type),
    formatRelativeTime: (value, unit, relativeOptions) =>
      formatRelativeTime(locale, value, unit, { ...relativeOptions, digits }),
    translateIssues: (error, issueOptions) => translateIssues(locale, error, { ...issueOptions, digits }),
  };
}
