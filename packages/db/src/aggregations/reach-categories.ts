import { DEFAULT_AGE_BRACKETS, POPULATION_GROUPS, SECTORS, SERVICE_TYPES, SEXES, type AgeBracket } from '@crc/domain';
import { NOT_RECORDED, type Dimension } from '@crc/metrics';

/**
 * The order of a dimension's codes in a table, exactly as @crc/metrics orders them (so
 * that a table counted in SQL deep-equals the one `uniqueReach` counts in memory):
 * codes asked for in `listed` first, then known codes in vocabulary order (age brackets
 * in bracket order), unknown codes (and p-codes) sorted by code unit, `not_recorded` last.
 */
export function orderedCategories(
  dimension: Dimension,
  seen: Iterable<string>,
  listed: readonly string[] = [],
  brackets: readonly AgeBracket[] = DEFAULT_AGE_BRACKETS,
): string[] {
  const reference = referenceOrder(dimension, brackets);
  const rank = (code: string): number => {
    if (code === NOT_RECORDED) return Number.MAX_SAFE_INTEGER;
    const index = reference.indexOf(code);
    return index >= 0 ? index : reference.length;
  };
  const rest = [...new Set(seen)]
    .filter((code) => !listed.includes(code))
    .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return [...new Set(listed), ...rest];
}

function referenceOrder(dimension: Dimension, brackets: readonly AgeBracket[]): readonly string[] {
  switch (dimension) {
    case 'sex':
      return SEXES.map((entry) => entry.code);
    case 'ageBracket':
      return brackets.map((bracket) => bracket.code);
    case 'populationGroup':
      return POPULATION_GROUPS.map((entry) => entry.code);
    case 'sector':
      return SECTORS.map((entry) => entry.code);
    case 'serviceType':
      return SERVICE_TYPES.map((entry) => entry.code);
    default:
      return []; // areas: p-code order
  }
}
