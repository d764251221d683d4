/**
 * The grouping sets of a reach table by `n` dimensions, as lists of dimension indices:
 * cells, rows (every dimension but the last), columns (the last), grand total. With one
 * dimension: cells and the grand total. GROUPING(d0, ..., dn-1) of a row then tells
 * which set it belongs to (see reach-in-sql.ts).
 */
export function groupingSets(n: number): number[][] {
  const all = Array.from({ length: n }, (_, i) => i);
  if (n === 0) return [[]];
  if (n === 1) return [all, []];
  return [all, all.slice(0, -1), [n - 1], []];
}
