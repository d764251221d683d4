import type { AdminArea, AdminLevel } from '@crc/domain';
import { resolveAreaStrictly, type StrictResolution } from '../areas/resolve-area-strictly';
import type { FigureRow } from '../store/figure-row';
import type { RejectedRow } from '../store/rejected-row';
import { parseCount, parseReportingDate, parseRound } from './cell-values';
import type { ColumnMap, MappedColumn } from './column-map';
import type { MasterListField } from './master-list-fields';
import { cellText, type Cell } from './table-row';

export interface MasterListRowOptions {
  /** Population group of counts in generic columns (#affected+ind, "Individuals"). */
  readonly populationGroup?: 'idp' | 'returnee';
  /** Round for files without a round column. */
  readonly round?: number;
  /** Reporting date for files without a date column (YYYY-MM-DD). */
  readonly reportingDate?: string;
  /** Written into sourceRef with the row number. */
  readonly fileName: string;
  /** YYYY-MM-DD; dates after it are rejected. */
  readonly today: string;
}

export type RowResult = { readonly figure: FigureRow } | { readonly rejection: RejectedRow };

/** Memoised strict resolution: a master list names the same few hundred areas thousands of times. */
export function createAreaCache(): (text: string, level: AdminLevel, within: string | undefined) => StrictResolution {
  const cache = new Map<string, StrictResolution>();
  return (text, level, within) => {
    const key = `${level}\u0000${within ?? ''}\u0000${text}`;
    let found = cache.get(key);
    if (found === undefined) {
      found = resolveAreaStrictly(text, level, within);
      cache.set(key, found);
    }
    return found;
  };
}

type Resolve = ReturnType<typeof createAreaCache>;

/** The first non-empty cell of a field's columns, and which column it came from. */
function pick(cells: readonly Cell[], columns: readonly MappedColumn[] | undefined): { cell: Cell; column: MappedColumn } | undefined {
  for (const column of columns ?? []) {
    const cell = cells[column.index] ?? null;
    if (cellText(cell) !== '') return { cell, column };
  }
  return undefined;
}

class Rejection {
  constructor(readonly rejected: RejectedRow) {}
}

const ADMIN_LEVELS: readonly { level: AdminLevel; code: MasterListField; name: MasterListField }[] = [
  { level: 'governorate', code: 'adm1Code', name: 'adm1Name' },
  { level: 'district', code: 'adm2Code', name: 'adm2Name' },
  { level: 'subdistrict', code: 'adm3Code', name: 'adm3Name' },
];

/**
 * One master-list row to one figure, or the reason it cannot be one: the first fault
 * found, with its column. Areas by p-code (preferred) or by name through @crc/domain,
 * each level inside the one above; the figure's area is the deepest level given.
 */
export function masterListRow(rowNumber: number, cells: readonly Cell[], columns: ColumnMap, options: MasterListRowOptions, resolve: Resolve): RowResult {
  const reject = (column: string, reason: string, value?: string): never => {
    throw new Rejection({ row: rowNumber, column, reason, ...(value === undefined || value === '' ? {} : { value }) });
  };
  try {
    let area: AdminArea | undefined;
    for (const { level, code, name } of ADMIN_LEVELS) {
      const given = pick(cells, columns[code]) ?? pick(cells, columns[name]);
      if (given === undefined) continue;
      const text = cellText(given.cell);
      const found = resolve(text, level, area?.pcode);
      if (!found.ok) reject(given.column.label, found.reason, text);
      else area = found.area;
    }
    if (area === undefined) {
      reject('area', 'no governorate, district or sub-district given (p-code or name)');
      throw new Error('unreachable');
    }

    const roundCell = pick(cells, columns.round);
    let round = options.round;
    if (roundCell !== undefined) {
      const parsed = parseRound(roundCell.cell);
      if (!parsed.ok) reject(roundCell.column.label, parsed.reason, cellText(roundCell.cell));
      else round = parsed.value;
    }
    if (round === undefined) reject(columns.round?.[0]?.label ?? 'round', 'is missing');

    const dateCell = pick(cells, columns.date);
    let reportingDate = options.reportingDate;
    if (dateCell !== undefined) {
      const parsed = parseReportingDate(dateCell.cell, options.today);
      if (!parsed.ok) reject(dateCell.column.label, parsed.reason, cellText(dateCell.cell));
      else reportingDate = parsed.value;
    }
    if (reportingDate === undefined) reject(columns.date?.[0]?.label ?? 'date', 'is missing');

    const groups = [
      { group: 'idp' as const, ind: pick(cells, columns.idpsInd), hh: pick(cells, columns.idpsHh) },
      { group: 'returnee' as const, ind: pick(cells, columns.returneesInd), hh: pick(cells, columns.returneesHh) },
    ];
    if (options.populationGroup !== undefined) {
      const generic = { group: options.populationGroup, ind: pick(cells, columns.ind), hh: pick(cells, columns.hh) };
      if (generic.ind !== undefined || generic.hh !== undefined) groups.push(generic);
    }
    const present = groups.filter((entry) => entry.ind !== undefined || entry.hh !== undefined);
    if (present.length === 0) reject('individuals', 'no IDP or returnee count in this row');
    if (present.length > 1) {
      reject(present[1]?.ind?.column.label ?? present[1]?.hh?.column.label ?? 'individuals', 'a row carries one population group: IDP and returnee figures go in separate rows');
    }
    const counts = present[0] as (typeof groups)[number];
    if (counts.ind === undefined) reject(counts.hh?.column.label ?? 'individuals', 'households given without individuals');
    const individuals = parseCount(counts.ind?.cell);
    if (!individuals.ok) reject(counts.ind?.column.label ?? 'individuals', individuals.reason, cellText(counts.ind?.cell ?? null));
    let households: number | null = null;
    if (counts.hh !== undefined) {
      const parsed = parseCount(counts.hh.cell);
      if (!parsed.ok) reject(counts.hh.column.label, parsed.reason, cellText(counts.hh.cell));
      else households = parsed.value;
    }
    const people = individuals.ok ? individuals.value : 0;
    if (households !== null && households > people) {
      reject(counts.hh?.column.label ?? 'households', `${households} households exceed ${people} individuals`, String(households));
    }

    const locationCode = pick(cells, columns.locCode);
    const locationName = pick(cells, columns.locName);
    const code = locationCode === undefined ? null : cellText(locationCode.cell);
    const name = locationName === undefined ? null : cellText(locationName.cell);
    return {
      figure: {
        areaPcode: area.pcode,
        level: area.level,
        locationCode: code,
        locationName: name,
        locationKey: code ?? name ?? '',
        round: round as number,
        reportingDate: reportingDate as string,
        populationGroup: counts.group,
        individuals: people,
        households,
        sourceRef: `${options.fileName}#row=${rowNumber}`,
      },
    };
  } catch (error) {
    if (error instanceof Rejection) return { rejection: error.rejected };
    throw error;
  }
}
