import type { AdminLevel, DisplacementSource } from '@crc/domain';

/** One displacement figure ready to write: the natural key, the values, where it came from. */
export interface FigureRow {
  readonly areaPcode: string;
  readonly level: AdminLevel;
  readonly locationCode: string | null;
  readonly locationName: string | null;
  /** locationCode, else locationName, else '' (area-level figure). */
  readonly locationKey: string;
  readonly round: number;
  /** YYYY-MM-DD */
  readonly reportingDate: string;
  readonly populationGroup: 'idp' | 'returnee';
  readonly individuals: number;
  readonly households: number | null;
  /** Where at the source: DTM API row id(s), file row. */
  readonly sourceRef: string | null;
  /** How many source rows this figure stands for (API rows of one area split by origin are summed). Default 1. */
  readonly sourceRows?: number;
}

/** The natural key of displacement_figure, as one string (for de-duplication in memory). */
export function naturalKey(source: DisplacementSource, row: Pick<FigureRow, 'areaPcode' | 'locationKey' | 'round' | 'populationGroup'>): string {
  return [source, row.areaPcode, row.locationKey, row.round, row.populationGroup].join('\u0000');
}
