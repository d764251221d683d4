import type { DisplacementFigureCreate } from '@crc/domain';
import { locationKeyOf } from './displacement-natural-key';

type Level = Map<string | number, unknown>;

/** The map under `key` in `map`, created when missing. */
function below(map: Level, key: string | number): Level {
  let next = map.get(key) as Level | undefined;
  if (next === undefined) {
    next = new Map();
    map.set(key, next);
  }
  return next;
}

/**
 * A value per natural key of displacement_figure (the parts of displacementNaturalKey,
 * compared the same way), kept as a tree of Maps, one level per part: no key string is
 * built per figure. A figure's parts are mostly strings every figure of an area or round
 * shares, whose hash is computed once; building and hashing a joined key for each of
 * 100,000 imported rows was about a tenth of an unchanged re-import's CPU (issue 13).
 */
export class DisplacementKeyMap<Value> {
  private readonly root: Level = new Map();

  /** The value kept for `figure`'s key; when there is none, `value` is kept and undefined returned. */
  keepFirst(figure: DisplacementFigureCreate, value: Value): Value | undefined {
    // The parts that vary least come first, so their levels are shared: in a master list
    // of one group, unsplit, a Map per round and area holds its locations (ten times fewer
    // Maps than with the area first, issue 13).
    let map = below(this.root, figure.source);
    map = below(map, figure.populationGroup);
    map = below(map, figure.origin ?? '');
    map = below(map, figure.displacementReason ?? '');
    map = below(map, figure.shelterType ?? '');
    map = below(map, figure.reportingDate);
    map = below(map, figure.roundNumber);
    map = below(map, figure.areaPcode);
    const location = locationKeyOf(figure);
    const kept = map.get(location) as Value | undefined;
    if (kept === undefined) map.set(location, value);
    return kept;
  }
}
