import type { AdminLevel } from '@crc/domain';
import { areaAtLevel } from './area-at-level';
import { displacementChange, returnRatio, type Change } from './displacement-change';
import { NOT_RECORDED } from './dimension';

/** One DTM figure: individuals of one population group in one area and round (the shape of @crc/domain's DisplacementFigure). */
export interface DisplacementObservation {
  readonly areaPcode: string;
  readonly roundNumber: number;
  readonly populationGroup: 'idp' | 'returnee';
  readonly individuals: number;
}

/** One round of an area's series. `null` means not reported in that round, not zero. */
export interface DisplacementPoint {
  readonly roundNumber: number;
  readonly idps: number | null;
  readonly returnees: number | null;
  readonly returnRatio: number | null;
  /** Change since the previous round of the series (null for the first, or across a gap). */
  readonly idpChange: Change;
  readonly returneeChange: Change;
  /**
   * Rolled-up series only: true when some sub-area that reports in other rounds is
   * missing from this one, so the figure undercounts and should not be compared as is.
   */
  readonly partial: boolean;
}

export interface DisplacementSeries {
  readonly areaPcode: string;
  readonly points: readonly DisplacementPoint[];
}

export interface DisplacementSeriesOptions {
  /** Rounds to show, in order. Default: every round from the first to the last observed, gaps included. */
  readonly rounds?: readonly number[];
  /** Sum observations up to this admin level (sub-districts into districts or governorates). Default: areas as given. */
  readonly level?: AdminLevel;
}

/**
 * A series per area over DTM rounds, with IDPs, returnees, the return ratio and the
 * change since the previous round. A round with no figure for an area is shown as
 * missing (`null`), never as zero: "not assessed" and "nobody displaced" are different
 * facts, and a zero would fake a 100 % drop. Changes across a missing round are missing.
 *
 * ```ts
 * const [khanaqin] = displacementSeries(figures, { rounds: [120, 121, 122] });
 * khanaqin.points[1]; // { roundNumber: 121, idps: null, returnees: null, ... } (not assessed)
 * ```
 *
 * Two observations of the same area, round and group are refused (rather than added):
 * they are a duplicate import, not two populations.
 */
export function displacementSeries(
  observations: readonly DisplacementObservation[],
  options: DisplacementSeriesOptions = {},
): DisplacementSeries[] {
  const level = options.level;
  // area -> round -> { idp, returnee } sums, and per area the sub-areas that reported per round.
  const figures = new Map<string, Map<number, { idp: number | null; returnee: number | null }>>();
  const reporters = new Map<string, Map<number, Set<string>>>();
  const seen = new Set<string>();
  for (const observation of observations) {
    const key = `${observation.areaPcode}|${observation.roundNumber}|${observation.populationGroup}`;
    if (seen.has(key)) {
      throw new RangeError(
        `two ${observation.populationGroup} figures for ${observation.areaPcode} in round ${observation.roundNumber}; remove the duplicate`,
      );
    }
    seen.add(key);
    if (!Number.isSafeInteger(observation.individuals) || observation.individuals < 0) {
      throw new RangeError(
        `individuals must be a non-negative whole number (got ${observation.individuals} for ${key})`,
      );
    }
    const area = level ? areaAtLevel(observation.areaPcode, level) : observation.areaPcode;
    if (area === NOT_RECORDED) continue; // coarser than the level asked for: belongs to no area of that level
    const byRound = figures.get(area) ?? new Map<number, { idp: number | null; returnee: number | null }>();
    figures.set(area, byRound);
    const round = byRound.get(observation.roundNumber) ?? { idp: null, returnee: null };
    byRound.set(observation.roundNumber, round);
    const group = observation.populationGroup === 'idp' ? 'idp' : 'returnee';
    round[group] = (round[group] ?? 0) + observation.individuals;

    const areaReporters = reporters.get(area) ?? new Map<number, Set<string>>();
    reporters.set(area, areaReporters);
    const roundReporters = areaReporters.get(observation.roundNumber) ?? new Set<string>();
    areaReporters.set(observation.roundNumber, roundReporters);
    roundReporters.add(observation.areaPcode);
  }

  const rounds = options.rounds ?? defaultRounds(observations);
  return [...figures.keys()].sort().map((areaPcode) => {
    const byRound = figures.get(areaPcode)!;
    const areaReporters = reporters.get(areaPcode)!;
    const everReported = new Set([...areaReporters.values()].flatMap((set) => [...set]));
    let previous: { idp: number | null; returnee: number | null } | undefined;
    const points = rounds.map((roundNumber): DisplacementPoint => {
      const figure = byRound.get(roundNumber) ?? { idp: null, returnee: null };
      const reported = areaReporters.get(roundNumber);
      const point: DisplacementPoint = {
        roundNumber,
        idps: figure.idp,
        returnees: figure.returnee,
        returnRatio: returnRatio({ returnees: figure.returnee, idps: figure.idp }),
        idpChange: displacementChange(previous?.idp ?? null, figure.idp),
        returneeChange: displacementChange(previous?.returnee ?? null, figure.returnee),
        partial: level !== undefined && reported !== undefined && reported.size < everReported.size,
      };
      previous = figure;
      return point;
    });
    return { areaPcode, points };
  });
}

function defaultRounds(observations: readonly DisplacementObservation[]): number[] {
  if (observations.length === 0) return [];
  let first = Infinity;
  let last = -Infinity;
  for (const { roundNumber } of observations) {
    first = Math.min(first, roundNumber);
    last = Math.max(last, roundNumber);
  }
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}
