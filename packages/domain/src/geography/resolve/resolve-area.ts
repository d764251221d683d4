import type { AdminArea } from '../admin-area';
import { ADMIN_LEVELS, type AdminLevel } from '../admin-level';
import { getArea, requireArea } from '../get-area';
import { isWithin } from '../hierarchy';
import { ochaPcodeFromDtm } from '../dtm-pcode';
import { PCODE_PATTERN } from '../pcode';
import { editDistance } from '../../names/edit-distance';
import { nameIndex, type NameEntry } from './name-index';
import { nameKeys } from './name-keys';
import { toAsciiDigits } from '../../names/normalise-arabic-script';
import type { AreaMatchKind, ResolveAreaOptions, ResolvedArea } from './resolved-area';

const EXACT_SCORE = 1;
const LOOSE_SCORE = 0.9;
// "Alanbar": an article glued to the name is likely but not certain.
const GLUED_ARTICLE_SCORE = 0.85;
// Approximate spellings always rank below any exact or loose match, and only
// near misses count: a typo, never a different place that happens to be close.
const FUZZY_CEILING = 0.7;
const FUZZY_THRESHOLD = 0.5;
const FUZZY_MIN_LENGTH = 5;

// At equal scores, the more authoritative kind of match wins.
const MATCH_PRIORITY: Readonly<Record<AreaMatchKind, number>> = { pcode: 0, iso: 1, name: 2, alias: 3 };

type Candidates = Map<string, ResolvedArea>;

function offer(candidates: Candidates, area: AdminArea, score: number, matchedBy: AreaMatchKind): void {
  const current = candidates.get(area.pcode);
  const better =
    current === undefined ||
    score > current.score ||
    (score === current.score && MATCH_PRIORITY[matchedBy] < MATCH_PRIORITY[current.matchedBy]);
  if (better) candidates.set(area.pcode, { ...area, score, matchedBy });
}

function offerAll(candidates: Candidates, entries: readonly NameEntry[] | undefined, score: number): void {
  for (const entry of entries ?? []) offer(candidates, entry.area, score, entry.matchedBy);
}

function matchCodes(text: string, candidates: Candidates): void {
  const written = toAsciiDigits(text)
    .toUpperCase()
    .replace(/[\s_-]+/g, '');
  // DTM's IRQ-G10Q05 is OCHA's IQG10Q05.
  const code = ochaPcodeFromDtm(written) ?? written;
  if (PCODE_PATTERN.test(code)) {
    const area = getArea(code);
    if (area !== undefined) offer(candidates, area, EXACT_SCORE, 'pcode');
  }
  const iso = nameIndex().byIso.get(code);
  if (iso !== undefined) offer(candidates, iso, EXACT_SCORE, 'iso');
}

function matchNames(exactKey: string, looseKey: string, candidates: Candidates, scale: number): void {
  const { exact, loose } = nameIndex();
  offerAll(candidates, exact.get(exactKey), EXACT_SCORE * scale);
  offerAll(candidates, loose.get(looseKey), LOOSE_SCORE * scale);
}

function matchApproximately(looseKey: string, candidates: Candidates): void {
  const length = Array.from(looseKey).length;
  if (length < FUZZY_MIN_LENGTH) return;
  const maxDistance = length >= 10 ? 2 : 1;
  for (const [key, entries] of nameIndex().loose) {
    const distance = editDistance(looseKey, key, maxDistance);
    if (distance > maxDistance) continue;
    const score = FUZZY_CEILING * (1 - distance / Math.max(length, Array.from(key).length));
    if (score >= FUZZY_THRESHOLD) offerAll(candidates, entries, score);
  }
}

function compareWith(levelHint: AdminLevel | undefined) {
  const rank = (area: AdminArea): number =>
    (levelHint !== undefined && area.level !== levelHint ? ADMIN_LEVELS.length : 0) + ADMIN_LEVELS.indexOf(area.level);
  return (a: ResolvedArea, b: ResolvedArea): number =>
    b.score - a.score || rank(a) - rank(b) || (a.pcode < b.pcode ? -1 : a.pcode > b.pcode ? 1 : 0);
}

/**
 * Finds the areas a piece of free text names: an English, Arabic or Sorani
 * name in any common spelling, an OCHA p-code (or DTM's form of it, `IRQ-G10`)
 * or an ISO 3166-2 code.
 *
 * Returns every plausible area, best first, `[]` when nothing matches. It never
 * picks one area silently: a name shared by a governorate and its district
 * (Kirkuk, Basrah, Erbil...) yields both, the governorate first (unless the text
 * says "district" or `options.level` narrows it). Approximate spellings are
 * tried only when nothing matches exactly, and score below 0.7.
 */
export function resolveArea(text: string, options: ResolveAreaOptions = {}): ResolvedArea[] {
  const within = options.within === undefined ? undefined : requireArea(options.within).pcode;
  if (text.trim() === '') return [];

  const candidates: Candidates = new Map();
  matchCodes(text, candidates);
  const keys = nameKeys(text);
  matchNames(keys.exact, keys.loose, candidates, 1);

  const gluedArticle = /^(?:al|el)(\p{L}{3,}.*)$/u.exec(keys.exact);
  if (candidates.size === 0 && gluedArticle?.[1] !== undefined) {
    const unglued = nameKeys(gluedArticle[1]);
    matchNames(unglued.exact, unglued.loose, candidates, GLUED_ARTICLE_SCORE);
  }
  if (candidates.size === 0) matchApproximately(keys.loose, candidates);

  const results = [...candidates.values()]
    .filter((area) => options.level === undefined || area.level === options.level)
    .filter((area) => within === undefined || isWithin(area.pcode, within))
    .sort(compareWith(keys.levelHint));
  return options.limit === undefined ? results : results.slice(0, Math.max(0, options.limit));
}
