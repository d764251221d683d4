import { areasAtLevel } from '@crc/domain';
import { ILLUSTRATIVE_NOTE } from './sources';
import { randomFor, type Random } from './random';

/** One generated master-list figure, in the shape of a DisplacementFigure row (source `dtm_master_list`). */
export interface SyntheticDisplacementFigure {
  readonly areaPcode: string;
  readonly level: 'subdistrict';
  readonly locationCode: string;
  readonly locationName: string;
  readonly locationKey: string;
  readonly round: number;
  readonly reportingDate: string;
  readonly populationGroup: 'idp' | 'returnee';
  readonly individuals: number;
  readonly households: number;
  readonly source: 'dtm_master_list';
  readonly sourceRef: string;
}

export interface SyntheticMasterListOptions {
  /** Locations (each in one sub-district). Default 3,000, the size of the real IDP list. */
  readonly locations?: number;
  /** Consecutive rounds. Default 20. */
  readonly rounds?: number;
  /** Number of the last round. Default 125 (Jan-Mar 2022 in the real series). */
  readonly lastRound?: number;
  /** Only sub-districts of these governorates (p-codes); default all of Iraq, weighted towards the conflict-affected ones. */
  readonly governorates?: readonly string[];
  /** Default 2017. */
  readonly seed?: number;
}

export const DEFAULT_SYNTHETIC_MASTER_LIST = { locations: 3000, rounds: 20, lastRound: 125, seed: 2017 } as const;

/** Governorates most DTM locations were in (Ninewa, Anbar, Salah al-Din, Kirkuk, Diyala, Baghdad, Kurdistan Region). */
const WEIGHT_BY_GOVERNORATE: Readonly<Record<string, number>> = {
  IQG15: 10,
  IQG01: 6,
  IQG16: 6,
  IQG13: 4,
  IQG10: 4,
  IQG08: 3,
  IQG09: 4,
  IQG11: 4,
  IQG06: 2,
};

/** Illustrative reporting date of a round: last round at 2022-03-31, one round every two months before it. */
export function syntheticRoundDate(round: number, lastRound: number): string {
  const monthsBack = 2 * (lastRound - round);
  return new Date(Date.UTC(2022, 3 - monthsBack, 0)).toISOString().slice(0, 10);
}

/**
 * A synthetic DTM master list: IDP and returnee figures per location and round, with
 * realistic shapes (IDPs decline and returnees grow over rounds, a few locations are not
 * assessed in some rounds, households about a sixth of individuals). Deterministic: the
 * same options give the same rows. Every row's `sourceRef` says it is illustrative.
 * For benchmarks and tests; the demo loads only a small slice.
 */
export function generateSyntheticMasterList(options: SyntheticMasterListOptions = {}): SyntheticDisplacementFigure[] {
  const { locations, rounds, lastRound, seed } = { ...DEFAULT_SYNTHETIC_MASTER_LIST, ...options };
  if (!Number.isSafeInteger(locations) || locations < 0)
    throw new RangeError('synthetic master list: locations must be a whole number >= 0');
  if (!Number.isSafeInteger(rounds) || rounds < 1 || rounds > lastRound)
    throw new RangeError('synthetic master list: rounds must be from 1 to lastRound');
  const chosen = options.governorates ? new Set(options.governorates) : null;
  const subdistricts = areasAtLevel('subdistrict').filter(
    (area) => chosen === null || chosen.has(area.pcode.slice(0, 5)),
  );
  if (subdistricts.length === 0)
    throw new RangeError('synthetic master list: no sub-district in the chosen governorates');
  const weighted = subdistricts.map(
    (area) => [area, chosen === null ? (WEIGHT_BY_GOVERNORATE[area.pcode.slice(0, 5)] ?? 1) : 1] as const,
  );
  const firstRound = lastRound - rounds + 1;
  const sourceRef = `${ILLUSTRATIVE_NOTE} Synthetic DTM master list (seed ${seed}).`;

  const rows: SyntheticDisplacementFigure[] = [];
  for (let index = 0; index < locations; index += 1) {
    const random = randomFor(seed, 'dtm-location', index);
    // Every sub-district gets a location before any gets a second, so small lists still cover all of them.
    const area = index < subdistricts.length && chosen !== null ? subdistricts[index]! : random.weighted(weighted);
    const code = `SYN${String(index + 1).padStart(5, '0')}`;
    const location = {
      areaPcode: area.pcode,
      level: 'subdistrict',
      locationCode: code,
      locationName: `Illustrative location ${index + 1}`,
      locationKey: code,
    } as const;
    let idps = random.chance(0.8) ? random.int(20, 6000) : null;
    let returnees = random.chance(0.7) || idps === null ? random.int(0, 8000) : null;
    const familySize = 5 + random.next() * 2;
    for (let round = firstRound; round <= lastRound; round += 1) {
      const reportingDate = syntheticRoundDate(round, lastRound);
      // About one location in twenty-five is not assessed in a given round: missing, not zero.
      if (random.chance(0.04)) continue;
      if (idps !== null) rows.push(figure(location, round, reportingDate, 'idp', idps, familySize, sourceRef));
      if (returnees !== null)
        rows.push(figure(location, round, reportingDate, 'returnee', returnees, familySize, sourceRef));
      ({ idps, returnees } = nextRound(random, idps, returnees));
    }
  }
  return rows;
}

function figure(
  location: Pick<SyntheticDisplacementFigure, 'areaPcode' | 'level' | 'locationCode' | 'locationName' | 'locationKey'>,
  round: number,
  reportingDate: string,
  populationGroup: 'idp' | 'returnee',
  individuals: number,
  familySize: number,
  sourceRef: string,
): SyntheticDisplacementFigure {
  const households = Math.min(individuals, Math.round(individuals / familySize));
  return {
    ...location,
    round,
    reportingDate,
    populationGroup,
    individuals,
    households,
    source: 'dtm_master_list',
    sourceRef,
  };
}

/** Some IDPs return between rounds; now and then a new displacement. */
function nextRound(
  random: Random,
  idps: number | null,
  returnees: number | null,
): { idps: number | null; returnees: number | null } {
  if (idps === null)
    return { idps, returnees: returnees === null ? null : returnees + random.int(0, Math.ceil(returnees * 0.02)) };
  const returned = Math.floor(idps * random.next() * 0.08);
  const displaced = random.chance(0.05) ? random.int(0, Math.ceil(idps * 0.1)) : 0;
  return { idps: idps - returned + displaced, returnees: returnees === null ? null : returnees + returned };
}
