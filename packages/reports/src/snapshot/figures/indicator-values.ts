import type { RawQueryClient } from '@crc/db';
import type { ReportPeriod } from '../../programme/report-period';
import { traced, type Traced } from './traced';

export interface IndicatorFigure {
  readonly code: string;
  readonly name: string;
  readonly unit: string;
  readonly sector: string | null;
  readonly areaPcode: string | null;
  /** Exact decimal. */
  readonly value: string;
  /** The target for the same indicator and area over a period that overlaps, exact; null without one. */
  readonly target: string | null;
}

/** The programme's indicator values reported for periods inside the report's period, each with its target. */
export async function indicatorValues(
  prisma: RawQueryClient,
  programmeId: string,
  period: ReportPeriod,
): Promise<Traced<IndicatorFigure[]>> {
  const rows = await prisma.$queryRaw<
    {
      code: string;
      name: string;
      unit: string;
      sector: string | null;
      area: string | null;
      value: string;
      target: string | null;
    }[]
  >`
    SELECT i.code, i.name, i.unit, i.sector, v.area_pcode AS area, v.value::text AS value,
      (SELECT SUM(t.value)::text FROM indicator_target t
        WHERE t.indicator_id = i.id AND t.area_pcode IS NOT DISTINCT FROM v.area_pcode
          AND t.period_start <= v.period_end AND t.period_end >= v.period_start) AS target
    FROM indicator i
    JOIN indicator_value v ON v.indicator_id = i.id
    WHERE i.programme_id = ${programmeId}::uuid AND v.period_start >= ${period.from}::date AND v.period_end <= ${period.to}::date
    ORDER BY i.code, v.area_pcode NULLS FIRST, v.period_start`;
  return traced(
    'indicator-values',
    rows.map((row) => ({
      code: row.code,
      name: row.name,
      unit: row.unit,
      sector: row.sector,
      areaPcode: row.area,
      value: row.value,
      target: row.target,
    })),
    `SELECT indicator, area, value, (SUM of indicator_target overlapping, same area) FROM indicator_value WHERE indicator.programme = <programme> AND period within ${period.from} .. ${period.to}`,
  );
}
