import { resolveAreaStrictly } from '@crc/dtm';
import { nameKey, toAsciiDigits } from '@crc/domain';
import { vocabularyLabel, type Locale } from '@crc/i18n';
import type { FieldCodes } from './registration-fields';

export type Read<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const no = (reason: string): Read<never> => ({ ok: false, reason });

const YES = new Set(['yes', 'y', 'true', '1', 'نعم', 'اي', 'أجل', 'بەڵێ', 'بهلي']);
const NO = new Set(['no', 'n', 'false', '0', 'لا', 'نەخێر', 'نهخير']);

export function readYesNo(text: string): Read<boolean> {
  const key = nameKey(text);
  if (YES.has(key) || YES.has(text.trim().toLowerCase())) return ok(true);
  if (NO.has(key) || NO.has(text.trim().toLowerCase())) return ok(false);
  return no('must be yes or no (نعم / لا)');
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A date as registration sheets write it: YYYY-MM-DD (a time part ignored), D/M/YYYY
 * (day first, as in Iraq), a spreadsheet date cell (read as YYYY-MM-DD), or a year alone
 * (then 1 July of that year, `estimated`). Arabic-Indic digits are read as digits.
 */
export function readDate(text: string): Read<{ date: string; estimated: boolean }> {
  const value = toAsciiDigits(text).trim();
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    return isCalendarDate(year, month, day)
      ? ok({ date: `${year}-${pad(month)}-${pad(day)}`, estimated: false })
      : no('is not a calendar date');
  }
  match = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(value);
  if (match) {
    const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
    return isCalendarDate(year, month, day)
      ? ok({ date: `${year}-${pad(month)}-${pad(day)}`, estimated: false })
      : no('is not a calendar date (day/month/year)');
  }
  if (/^(19|20)\d{2}$/.test(value)) return ok({ date: `${value}-07-01`, estimated: true });
  return no('must be a date written YYYY-MM-DD or DD/MM/YYYY, or a year');
}

/** Short forms registration sheets use beside the labels. */
const CODE_ALIASES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  sexes: {
    f: 'female',
    m: 'male',
    woman: 'female',
    man: 'male',
    girl: 'female',
    boy: 'male',
    انثي: 'female',
    ذكر: 'male',
  },
  householdRelationships: {
    hoh: 'head',
    'head of household': 'head',
    wife: 'spouse',
    husband: 'spouse',
    son: 'child',
    daughter: 'child',
  },
};

/** Labels a code is known by, in the template's languages and as the code itself, folded. */
const labelIndexes = new Map<string, Map<string, string>>();
function labelIndex(codes: FieldCodes): Map<string, string> {
  const cached = labelIndexes.get(codes.vocabulary);
  if (cached) return cached;
  const index = new Map<string, string>();
  for (const code of codes.codes) {
    index.set(nameKey(code), code);
    index.set(nameKey(code.replace(/_/g, ' ')), code);
    for (const locale of ['en', 'ar', 'ckb'] as const satisfies readonly Locale[]) {
      const label = vocabularyLabel(locale, codes.vocabulary as never, code);
      if (label !== code && !index.has(nameKey(label))) index.set(nameKey(label), code);
    }
  }
  for (const [alias, code] of Object.entries(CODE_ALIASES[codes.vocabulary] ?? {}))
    if (codes.codes.includes(code) && !index.has(nameKey(alias))) index.set(nameKey(alias), code);
  labelIndexes.set(codes.vocabulary, index);
  return index;
}

/** A code of a vocabulary, written as the code or as its English, Arabic or Sorani label (the template's dropdowns show labels). */
export function readCode(text: string, codes: FieldCodes): Read<string> {
  const code = labelIndex(codes).get(nameKey(text));
  if (code !== undefined) return ok(code);
  const shown = codes.codes.slice(0, 6).join(', ');
  return no(
    `is not one of the ${codes.vocabulary} codes (${shown}${codes.codes.length > 6 ? ', ...' : ''}) or their labels`,
  );
}

/** Several codes separated by spaces (as Kobo's select_multiple), commas or semicolons. */
export function readCodes(text: string, codes: FieldCodes): Read<string[]> {
  const parts = text
    .split(/[;,،\n]+/)
    .map((part) => part.trim())
    .filter(Boolean);
  // Kobo writes select_multiple as codes separated by single spaces.
  const pieces =
    parts.length === 1 && parts[0] !== undefined && !labelIndex(codes).has(nameKey(parts[0]))
      ? parts[0].split(/\s+/)
      : parts;
  const found: string[] = [];
  for (const piece of pieces) {
    const read = readCode(piece, codes);
    if (!read.ok) return no(`"${piece}" ${read.reason}`);
    if (!found.includes(read.value)) found.push(read.value);
  }
  return ok(found);
}

/** An area of residence: an OCHA p-code (any level), `Name (p-code)` as the template's dropdown writes it, or an unambiguous name. */
export function readArea(text: string): Read<string> {
  const inParentheses = /\(([A-Za-z]{3}[\w-]*)\)\s*$/.exec(text.trim())?.[1];
  const resolved = resolveAreaStrictly(inParentheses ?? text, undefined);
  return resolved.ok ? ok(resolved.area.pcode) : no(resolved.reason);
}

/** A whole number of people. */
export function readCount(text: string): Read<number> {
  const value = toAsciiDigits(text).trim();
  return /^\d{1,3}$/.test(value) ? ok(Number(value)) : no('must be a whole number of people');
}
