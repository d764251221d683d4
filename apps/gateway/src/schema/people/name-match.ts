import { nameKey } from '@crc/domain';
import { nameSimilarity } from '@crc/i18n';

/**
 * How well a searched name matches a stored name (both any script), 0..1: the better
 * of the whole-name similarity and, word by word, the mean of each searched word's best
 * match among the stored words (so `Mohammed` finds `محمد حسن علي`).
 */
export function nameMatchScore(searched: string, stored: string): number {
  const whole = nameSimilarity(searched, stored);
  const searchedWords = nameKey(searched).split(' ').filter(Boolean);
  const storedWords = nameKey(stored).split(' ').filter(Boolean);
  if (searchedWords.length === 0 || storedWords.length === 0) return whole;
  const perWord = searchedWords.map((word) => Math.max(...storedWords.map((candidate) => nameSimilarity(word, candidate))));
  return Math.max(whole, perWord.reduce((sum, score) => sum + score, 0) / perWord.length);
}

/**
 * `beneficiaries(filter: { search })` keeps people whose nameMatchScore reaches this.
 * Generous on purpose (Ali / علي ≈ 0.81): a search lists candidates for a person to look at.
 */
export const SEARCH_THRESHOLD = 0.8;

/** Whether a stored name key answers a name search, given the searched name's nameKey. */
export function matchesNameSearch(searchedKey: string, storedNameKey: string): boolean {
  return storedNameKey.includes(searchedKey) || nameMatchScore(searchedKey, storedNameKey) >= SEARCH_THRESHOLD;
}
