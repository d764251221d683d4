import { areasAtLevel, type DisplacementFigureCreate } from '@crc/domain';
import { prismaFigureWriter, upsertDisplacementFigures } from '../displacement/upsert-displacement-figures';
import type { Prisma } from '../generated/prisma/client';
import type { LoadCounts } from '../reference/load-counts';
import {
  DOCUMENT_ROUND,
  PUBLISHED_AREA_FIGURES,
  PUBLISHED_SCOPE_FIGURES,
  publishedSourceRef,
} from './published-displacement';
import { generateSyntheticMasterList } from './synthetic-master-list';

/** A displacement figure as the demo generates it (written as the domain's DisplacementFigureCreate). */
export interface DemoDisplacementRow {
  readonly areaPcode: string;
  readonly level: 'governorate' | 'district' | 'subdistrict';
  readonly locationCode: string | null;
  readonly locationName: string | null;
  readonly locationKey: string;
  readonly round: number;
  readonly reportingDate: string;
  readonly populationGroup: string;
  readonly individuals: number;
  readonly households: number | null;
  readonly source: string;
  readonly sourceRef: string;
}

/** Governorates of the demo's synthetic slice: where the CRCs and community centres are (Diyala, Kirkuk, Ninewa, Salah al-Din). */
export const DEMO_DISPLACEMENT_GOVERNORATES = ['IQG10', 'IQG13', 'IQG15', 'IQG16'] as const;
/** Rounds of the demo's synthetic slice: enough for a series, few enough to load in well under a second. */
export const DEMO_DISPLACEMENT_ROUNDS = 6;

/**
 * The demo's displacement figures: what the IOM documents quote for an area (round
 * DOCUMENT_ROUND, source `iom_document`), and a small illustrative slice of the synthetic
 * master list (one location per sub-district of DEMO_DISPLACEMENT_GOVERNORATES, the last
 * DEMO_DISPLACEMENT_ROUNDS rounds), so that the demo has series and a latest round.
 */
export function demoDisplacementRows(seed: number): DemoDisplacementRow[] {
  const published = PUBLISHED_AREA_FIGURES.map((figure): DemoDisplacementRow => ({
    areaPcode: figure.areaPcode,
    level: figure.level,
    locationCode: null,
    locationName: null,
    locationKey: '',
    round: DOCUMENT_ROUND,
    reportingDate: figure.reportingDate,
    populationGroup: figure.populationGroup,
    individuals: figure.individuals,
    households: null,
    source: 'iom_document',
    sourceRef: publishedSourceRef(figure.source, figure.detail),
  }));
  const governorates = new Set<string>(DEMO_DISPLACEMENT_GOVERNORATES);
  const subdistricts = areasAtLevel('subdistrict').filter((area) => governorates.has(area.pcode.slice(0, 5))).length;
  const synthetic = generateSyntheticMasterList({
    governorates: [...governorates],
    locations: subdistricts,
    rounds: DEMO_DISPLACEMENT_ROUNDS,
    seed,
  });
  return [...published, ...synthetic];
}

/** A demo row as the domain's figure (the shape the one write path takes). */
function toFigure(row: DemoDisplacementRow): DisplacementFigureCreate {
  const location =
    row.locationCode !== null || row.locationName !== null
      ? {
          ...(row.locationCode ? { code: row.locationCode } : {}),
          ...(row.locationName ? { name: row.locationName } : {}),
        }
      : undefined;
  return {
    areaPcode: row.areaPcode,
    adminLevel: row.level,
    ...(location ? { location } : {}),
    roundNumber: row.round,
    reportingDate: row.reportingDate,
    populationGroup: row.populationGroup as DisplacementFigureCreate['populationGroup'],
    individuals: row.individuals,
    ...(row.households === null ? {} : { households: row.households }),
    source: row.source as DisplacementFigureCreate['source'],
    sourceReference: row.sourceRef,
  };
}

/**
 * Upserts the demo's figures through the one write path of displacement figures
 * (@crc/db upsertDisplacementFigures, also used by the DTM importer and sync): a row
 * equal to the stored one is not rewritten, so a second load reports everything unchanged.
 */
export async function upsertDemoDisplacementFigures(
  tx: Prisma.TransactionClient,
  rows: readonly DemoDisplacementRow[],
): Promise<LoadCounts> {
  return upsertDisplacementFigures(prismaFigureWriter(tx), rows.map(toFigure));
}

/**
 * Stores the national and operation-wide figures the documents quote (PUBLISHED_SCOPE_FIGURES)
 * as rows of published_displacement_figure, by key; rows equal to the stored ones are not
 * rewritten. The gateway serves them from these rows.
 */
export async function upsertPublishedScopeFigures(tx: Prisma.TransactionClient): Promise<LoadCounts> {
  const counts: LoadCounts = { inserted: 0, updated: 0, unchanged: 0 };
  const stored = new Map((await tx.publishedDisplacementFigure.findMany()).map((row) => [row.key, row]));
  const day = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;
  for (const figure of PUBLISHED_SCOPE_FIGURES) {
    const data = {
      scope: figure.scope,
      areaPcodes: [...figure.areaPcodes],
      populationGroup: figure.populationGroup,
      individuals: figure.individuals,
      periodStart: figure.periodStart === null ? null : new Date(`${figure.periodStart}T00:00:00Z`),
      reportingDate: new Date(`${figure.reportingDate}T00:00:00Z`),
      sourceRef: publishedSourceRef(figure.source, figure.detail),
    };
    const current = stored.get(figure.key);
    if (current === undefined) {
      await tx.publishedDisplacementFigure.create({ data: { key: figure.key, ...data } });
      counts.inserted += 1;
    } else if (
      current.scope === data.scope &&
      current.areaPcodes.join() === data.areaPcodes.join() &&
      current.populationGroup === data.populationGroup &&
      current.individuals === data.individuals &&
      day(current.periodStart) === day(data.periodStart) &&
      day(current.reportingDate) === day(data.reportingDate) &&
      current.sourceRef === data.sourceRef
    ) {
      counts.unchanged += 1;
    } else {
      await tx.publishedDisplacementFigure.update({ where: { key: figure.key }, data });
      counts.updated += 1;
    }
  }
  return counts;
}
