import type { Locale } from '../locale/locales';
import { INTL_TAGS } from '../locale/locales';
import { listFormat } from './intl-cache';

export type ListType = 'conjunction' | 'disjunction';

/** Sorani joiners: ICU has no list patterns for ckb (it falls back to English "a, b, and c"). */
const SORANI_JOINERS: Readonly<Record<ListType, string>> = { conjunction: 'و', disjunction: 'یان' };
const ARABIC_COMMA = '،';

function joinSorani(items: readonly string[], type: ListType): string {
  if (items.length <= 1) return items[0] ?? '';
  const head = items.slice(0, -1).join(`${ARABIC_COMMA} `);
  return `${head} ${SORANI_JOINERS[type]} ${items[items.length - 1]}`;
}

/**
 * Joins items as a sentence would: en `Baghdad, Diyala, and Kirkuk`, ar `بغداد وديالى وكركوك`,
 * ckb `بەغدا، دیالە و کەرکووک`.
 */
export function formatList(locale: Locale, items: readonly string[], type: ListType = 'conjunction'): string {
  if (locale === 'ckb') return joinSorani(items, type);
  return listFormat(INTL_TAGS[locale], { type, style: 'long' }).format(items);
}
