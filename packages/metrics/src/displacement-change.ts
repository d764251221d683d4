/** A change between two rounds. Missing figures give missing changes, never zero. */
export interface Change {
  /** current - previous; null when either is missing. */
  readonly absolute: number | null;
  /** Change as a percentage of the previous figure; null when either is missing or the previous is 0. */
  readonly percent: number | null;
}

/**
 * Change between two rounds, absolute and in percent of the earlier round.
 *
 * ```ts
 * displacementChange(1200, 900);  // { absolute: -300, percent: -25 }
 * displacementChange(0, 40);      // { absolute: 40, percent: null }  (no percent of nothing)
 * displacementChange(null, 40);   // { absolute: null, percent: null } (round not covered)
 * ```
 */
export function displacementChange(previous: number | null, current: number | null): Change {
  if (previous === null || current === null) return { absolute: null, percent: null };
  checkCount(previous, 'previous');
  checkCount(current, 'current');
  const absolute = current - previous;
  return { absolute, percent: previous === 0 ? null : (absolute / previous) * 100 };
}

/**
 * Returnees as a share of everyone displaced or returned: returnees / (returnees + IDPs),
 * from 0 to 1. Null when either figure is missing or both are 0.
 *
 * ```ts
 * returnRatio({ returnees: 300, idps: 100 }); // 0.75
 * ```
 */
export function returnRatio(figures: {
  readonly returnees: number | null;
  readonly idps: number | null;
}): number | null {
  const { returnees, idps } = figures;
  if (returnees === null || idps === null) return null;
  checkCount(returnees, 'returnees');
  checkCount(idps, 'idps');
  const total = returnees + idps;
  return total === 0 ? null : returnees / total;
}

function checkCount(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative whole number of individuals (got ${value})`);
  }
}
