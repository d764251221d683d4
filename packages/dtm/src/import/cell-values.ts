import { cellText, type Cell } from './table-row';

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

const ARABIC_INDIC = /[\u0660-\u0669\u06f0-\u06f9]/g;

function asciiDigits(text: string): string {
  return text.replace(ARABIC_INDIC, (digit) => String((digit.charCodeAt(0) & 0xf) % 10));
}

/**
 * A whole count >= 0: a spreadsheet number, or text in Latin or Arabic-Indic digits,
 * with thousands separators only in their proper places ("1,234", "١٬٢٣٤").
 */
export function parseCount(cell: Cell | undefined): Parsed<number> {
  // Most cells: up to 9 ASCII digits, nothing else (what the rule below makes of them, without its regular expressions; issue 13).
  if (typeof cell === 'string' && cell.length > 0 && cell.length <= 9) {
    let value = 0;
    for (let index = 0; index < cell.length; index += 1) {
      const digit = cell.charCodeAt(index) - 48;
      if (digit < 0 || digit > 9) {
        value = -1;
        break;
      }
      value = value * 10 + digit;
    }
    if (value >= 0) return { ok: true, value };
  }
  if (typeof cell === 'number') {
    return Number.isInteger(cell) && cell >= 0
      ? { ok: true, value: cell }
      : { ok: false, reason: 'must be a whole number of 0 or more' };
  }
  const text = asciiDigits(cellText(cell)).replace(/[\s\u00a0\u202f]/g, '');
  const plain = /^\d+$/.test(text)
    ? text
    : /^\d{1,3}(?:[,\u066c]\d{3})+$/.test(text)
      ? text.replace(/[,\u066c]/g, '')
      : undefined;
  if (plain === undefined) return { ok: false, reason: 'must be a whole number of 0 or more' };
  const value = Number(plain);
  return Number.isSafeInteger(value) && value <= 2_147_483_647
    ? { ok: true, value }
    : { ok: false, reason: 'is too large' };
}

/** Answers of parseRound for text cells: a master list repeats a few dozen rounds in 100,000 rows (issue 13). */
const roundsSeen = new Map<string, Parsed<number>>();

/** A DTM round: 125, "125", "Round 125", "R125". */
export function parseRound(cell: Cell | undefined): Parsed<number> {
  if (typeof cell !== 'string') return readRound(cell);
  let parsed = roundsSeen.get(cell);
  if (parsed === undefined) {
    if (roundsSeen.size >= DATES_KEPT) roundsSeen.clear();
    parsed = readRound(cell);
    roundsSeen.set(cell, parsed);
  }
  return parsed;
}

function readRound(cell: Cell | undefined): Parsed<number> {
  const text = asciiDigits(cellText(cell));
  const match = /^(?:round|r)?\s*#?\s*(\d{1,6})$/i.exec(text);
  const value = match?.[1] === undefined ? Number.NaN : Number(match[1]);
  return value >= 1
    ? { ok: true, value }
    : { ok: false, reason: 'must be a round number of 1 or more (e.g. 125 or "Round 125")' };
}

/** Answers of parseReportingDate for text cells: a master list repeats a few dozen dates in 100,000 rows (issue 13). */
const datesSeen = new Map<string, Map<string, Parsed<string>>>();
const DATES_KEPT = 10_000;

/** An ISO calendar date (YYYY-MM-DD, a time part is ignored) or a spreadsheet date; not after `today`. */
export function parseReportingDate(cell: Cell | undefined, today: string): Parsed<string> {
  if (typeof cell !== 'string') return readReportingDate(cell, today);
  // By today, then by text: no key string built per row.
  let seen = datesSeen.get(today);
  if (seen === undefined) {
    if (datesSeen.size >= 10) datesSeen.clear();
    seen = new Map();
    datesSeen.set(today, seen);
  }
  let parsed = seen.get(cell);
  if (parsed === undefined) {
    if (seen.size >= DATES_KEPT) seen.clear();
    parsed = readReportingDate(cell, today);
    seen.set(cell, parsed);
  }
  return parsed;
}

function readReportingDate(cell: Cell | undefined, today: string): Parsed<string> {
  const text = cell instanceof Date ? cellText(cell) : asciiDigits(cellText(cell));
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?$/.exec(text);
  if (!match) return { ok: false, reason: 'must be a date written YYYY-MM-DD' };
  const date = `${match[1]}-${match[2]}-${match[3]}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date)
    return { ok: false, reason: 'is not a calendar date' };
  if (date > today) return { ok: false, reason: 'is in the future' };
  return { ok: true, value: date };
}
