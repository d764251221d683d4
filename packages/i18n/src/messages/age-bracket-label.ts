import type { AgeBracket } from '@crc/domain';
import type { DigitOptions } from '../format/digits';
import type { Locale } from '../locale/locales';
import { t } from './translate';

/**
 * The label of an age bracket, built from its bounds so custom bracket sets are
 * labelled too: en `18–59 years`, ar `١٨–٥٩ سنة`, `٠–٥ سنوات`, ckb `٦٠ ساڵ و زیاتر`.
 */
export function ageBracketLabel(
  locale: Locale,
  bracket: Pick<AgeBracket, 'minAge' | 'maxAge'>,
  options: DigitOptions = {},
): string {
  return bracket.maxAge === null
    ? t(locale, 'ageBracket.openEnded', { min: bracket.minAge }, options)
    : t(locale, 'ageBracket.range', { min: bracket.minAge, max: bracket.maxAge }, options);
}
