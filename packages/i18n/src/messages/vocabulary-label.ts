import type { VocabularyCode, VocabularyName } from '@crc/domain';
import type { DigitOptions } from '../format/digits';
import type { Locale } from '../locale/locales';
import { CATALOGS } from './catalogs';
import type { MessageKey } from './catalog/en';
import { t } from './translate';

/**
 * The label of a vocabulary code in a locale: `vocabularyLabel('ar', 'populationGroups', 'idp')`
 * gives `نازح داخلياً`. A code this version of the package does not know (say, a newer
 * database) comes back as the code itself, visibly untranslated, never as a guess.
 */
export function vocabularyLabel<N extends VocabularyName>(
  locale: Locale,
  vocabulary: N,
  code: VocabularyCode<N> | (string & {}),
  options: DigitOptions = {},
): string {
  const key = `vocabulary.${vocabulary}.${code}`;
  if (!(key in CATALOGS[locale])) return code;
  return t(locale, key as MessageKey, undefined, options);
}
