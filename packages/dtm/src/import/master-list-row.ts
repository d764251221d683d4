import {
  COUNTRY_PCODE,
  DisplacementFigureCreateSchema,
  dimensionValue,
  UNKNOWN_DIMENSION,
  type DisplacementFigureCreate,
  type DisplacementFigureCreateInput,
  type DisplacementSource,
} from '@crc/domain';
import { placeArea, type PlacedBy, type StrictResolver } from '../areas/place-area';
import { resolveAreaStrictly, type StrictResolution } from '../areas/resolve-area-strictly';
import type { RejectedRow } from '../store/rejected-row';
import { parseCount, parseReportingDate, parseRound } from './cell-values';
import { MAX_NAME_LENGTH, unsafeCharacter } from './cell-safety';
import type { ColumnMap, MappedColumn } from './column-map';
import type { MasterListField } from './master-list-fields';
import { pickColumn, rowArea, type RowArea } from './row-area';
import { cellText, isPlainText, rawCellText, type Cell } from './table-row';

export interface MasterListRowOptions {
  readonly source: DisplacementSource;
  /** Population group of counts in generic columns (#affected+ind, "Individuals"). */
  readonly populationGroup?: 'idp' | 'returnee';
  /** Round for files without a round column. */
  readonly round?: number;
  /** Reporting date for files without a date column (YYYY-MM-DD). */
  readonly reportingDate?: string;
  /** Written into sourceReference with the row number. */
  readonly fileName: string;
  /** YYYY-MM-DD; dates after it are rejected. */
  readonly today: string;
  /** The encoding the file was decoded with, for messages about invalid bytes. */
  readonly encoding: string;
  /** Header text of each column, for messages about columns no field maps. */
  readonly headers: readonly string[];
  /**
   * @crc/domain's displacementFigureCheck, one per import: the figures it accepts are the
   * schema's without a parse per row (a zod parse was about a fifth of the import's CPU,
   * issue 13); the others are parsed, for the reason. Without it every figure is parsed.
   */
  readonly figureCheck?: (figure: DisplacementFigureCreateInput) => boolean;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export type RowResult =
  { readonly figure: DisplacementFigureCreate; readonly placedBy: PlacedBy } | { readonly rejection: RejectedRow };

/** Memoised strict resolution: a master list names the same few hundred areas thousands of times. */
export function createAreaCache(): StrictResolver {
  // Keyed by level and enclosing area, then by the text itself: no key string built per lookup (issue 13).
  const cache = new Map<string, Map<string, StrictResolution>>();
  return (text, level, within) => {
    const scope = `${level ?? ''}\u0000${within ?? ''}`;
    let texts = cache.get(scope);
    if (texts === undefined) {
      texts = new Map();
      cache.set(scope, texts);
    }
    let found = texts.get(text);
    if (found === undefined) {
      found = resolveAreaStrictly(text, level, within);
      texts.set(text, found);
    }
    return found;
  };
}

/**
 * A row's cells and their cellText, computed once per row (issue 13: cellText was called up
 * to four times per cell), with what one pass over them learnt.
 */
export interface RowCells {
  readonly cells: readonly Cell[];
  readonly texts: readonly string[];
  /** Every cell is empty. */
  readonly blank: boolean;
  /** Every cell is text that cellText keeps as it is and that carries no character cell-safety refuses: nothing to scan. */
  readonly plain: boolean;
  /** The length of the longest text. */
  readonly longest: number;
}

/** The row's cells with their texts. */
export function rowCells(cells: readonly Cell[]): RowCells {
  const texts: string[] = new Array<string>(cells.length);
  let blank = true;
  let plain = true;
  let longest = 0;
  for (let index = 0; index < cells.length; index += 1) {
    const cell = cells[index] ?? null;
    let text: string;
    if (typeof cell === 'string' && isPlainText(cell)) {
      text = cell;
    } else {
      text = cellText(cell);
      plain = false;
    }
    texts[index] = text;
    if (text !== '') blank = false;
    if (text.length > longest) longest = text.length;
  }
  return { cells, texts, blank, plain, longest };
}

/** Thrown inside a row's mapping to stop it at the first rejected column; caught per row. */
class Rejection extends Error {
  constructor(readonly rejected: RejectedRow) {
    super(`row ${rejected.row}, ${rejected.column}: ${rejected.reason}`);
  }
}

/** Columns whose text is a name or code (length-limited). */
const TEXT_FIELDS: readonly MasterListField[] = [
  'adm1Code',
  'adm1Name',
  'adm2Code',
  'adm2Name',
  'adm3Code',
  'adm3Name',
  'areaCode',
  'locCode',
  'locName',
  'originCode',
  'originName',
  'reason',
  'shelter',
  'countryCode',
  'countryName',
];

/** The text of a field's first non-empty cell, or undefined. */
function textOf(row: RowCells, columns: readonly MappedColumn[] | undefined): string | undefined {
  const column = pickColumn(row.texts, columns);
  return column === undefined ? undefined : row.texts[column.index];
}

/** One population group's count columns, when the row fills one of them. */
interface GroupCounts {
  readonly group: 'idp' | 'returnee';
  readonly ind: MappedColumn | undefined;
  readonly hh: MappedColumn | undefined;
}

/**
 * The one population group whose counts the row fills: the IDP columns, the returnee
 * columns, then (with the populationGroup option) the generic ones. None, or more than
 * one, rejects the row.
 */
function countsOf(
  row: RowCells,
  columns: ColumnMap,
  options: MasterListRowOptions,
  reject: (column: string, reason: string, value?: string) => never,
): GroupCounts {
  let found: GroupCounts | undefined;
  const consider = (group: 'idp' | 'returnee', ind: MappedColumn | undefined, hh: MappedColumn | undefined) => {
    if (ind === undefined && hh === undefined) return;
    if (found !== undefined)
      reject(
        ind?.label ?? hh?.label ?? 'individuals',
        'a row carries one population group: IDP and returnee figures go in separate rows',
      );
    found = { group, ind, hh };
  };
  const { texts } = row;
  consider('idp', pickColumn(texts, columns.idpsInd), pickColumn(texts, columns.idpsHh));
  consider('returnee', pickColumn(texts, columns.returneesInd), pickColumn(texts, columns.returneesHh));
  if (options.populationGroup !== undefined)
    consider(options.populationGroup, pickColumn(texts, columns.ind), pickColumn(texts, columns.hh));
  if (found === undefined) return reject('individuals', 'no IDP or returnee count in this row');
  return found;
}

/**
 * One master-list row to one figure, or the reason it cannot be one: the first fault
 * found, with its column. Areas by p-code (OCHA or DTM's IRQ-G form) and name together
 * (see rowArea), each level inside the one above; the figure's area is the deepest
 * level given. A row with no admin area that names the country is a national figure.
 * Origin (or last displacement) is a dimension of the figure, never its area.
 * `areaOf` is rowArea, remembered per import (createRowAreaCache) by the importer.
 */
export function masterListRow(
  rowNumber: number,
  given: readonly Cell[] | RowCells,
  columns: ColumnMap,
  options: MasterListRowOptions,
  resolve: StrictResolver,
  areaOf: (texts: readonly string[]) => RowArea = (texts) => rowArea(texts, columns, resolve),
): RowResult {
  const row = Array.isArray(given) ? rowCells(given) : (given as RowCells);
  const { cells, texts } = row;
  const reject = (column: string, reason: string, value?: string): never => {
    throw new Rejection({
      row: rowNumber,
      column,
      reason,
      ...(value === undefined || value === '' ? {} : { value: value.slice(0, 200) }),
    });
  };
  try {
    // Characters no cell may carry reject the row, whichever column they are in (plain rows have none).
    if (!row.plain) {
      for (let index = 0; index < cells.length; index += 1) {
        const fault = unsafeCharacter(rawCellText(cells[index]), options.encoding);
        if (fault !== undefined) reject(options.headers[index]?.trim() || `column ${index + 1}`, fault);
      }
    }
    if (row.longest > MAX_NAME_LENGTH) {
      for (const field of TEXT_FIELDS) {
        for (const column of columns[field] ?? []) {
          const text = texts[column.index] ?? '';
          if (text.length > MAX_NAME_LENGTH)
            reject(
              column.label,
              `is ${text.length.toLocaleString('en-US')} characters long; names are at most ${MAX_NAME_LENGTH}`,
              text,
            );
        }
      }
    }

    const placed = areaOf(texts);
    if (!placed.ok) return reject(placed.column, placed.reason, placed.value);
    const area = placed.area;

    const roundColumn = pickColumn(texts, columns.round);
    let round = options.round;
    if (roundColumn !== undefined) {
      const parsed = parseRound(cells[roundColumn.index]);
      if (!parsed.ok) reject(roundColumn.label, parsed.reason, texts[roundColumn.index]);
      else round = parsed.value;
    }
    if (round === undefined) return reject(columns.round?.[0]?.label ?? 'round', 'is missing');

    const dateColumn = pickColumn(texts, columns.date);
    let reportingDate = options.reportingDate;
    if (dateColumn !== undefined) {
      const parsed = parseReportingDate(cells[dateColumn.index], options.today);
      if (!parsed.ok) reject(dateColumn.label, parsed.reason, texts[dateColumn.index]);
      else reportingDate = parsed.value;
    }
    if (reportingDate === undefined) return reject(columns.date?.[0]?.label ?? 'date', 'is missing');

    const counts = countsOf(row, columns, options, reject);
    if (counts.ind === undefined)
      return reject(counts.hh?.label ?? 'individuals', 'households given without individuals');
    const individuals = parseCount(cells[counts.ind.index]);
    if (!individuals.ok) return reject(counts.ind.label, individuals.reason, texts[counts.ind.index]);
    const optionalCount = (column: MappedColumn | undefined): number | undefined => {
      if (column === undefined) return undefined;
      const parsed = parseCount(cells[column.index]);
      if (!parsed.ok) return reject(column.label, parsed.reason, texts[column.index]);
      return parsed.value;
    };
    const households = optionalCount(counts.hh);
    if (households !== undefined && households > individuals.value) {
      reject(
        counts.hh?.label ?? 'households',
        `${households} households exceed ${individuals.value} individuals`,
        String(households),
      );
    }
    const males = counts.group === 'idp' ? optionalCount(pickColumn(texts, columns.idpsMales)) : undefined;
    const females = counts.group === 'idp' ? optionalCount(pickColumn(texts, columns.idpsFemales)) : undefined;

    const origin = originOf(row, columns, resolve, reject);
    const reasonText = textOf(row, columns.reason);
    const reason = reasonText === undefined ? undefined : dimensionValue(reasonText);
    const shelterText = textOf(row, columns.shelter);
    const shelter = shelterText === undefined ? undefined : dimensionValue(shelterText);
    const locationCode = textOf(row, columns.locCode);
    const locationName = textOf(row, columns.locName);
    const sourceId = textOf(row, columns.sourceId);

    // Built field by field, without an object spread per optional field (issue 13).
    const figure: Mutable<DisplacementFigureCreateInput> = {
      areaPcode: area === undefined ? COUNTRY_PCODE : area.pcode,
      adminLevel: area === undefined ? 'country' : area.level,
      roundNumber: round,
      reportingDate,
      populationGroup: counts.group,
      individuals: individuals.value,
      source: options.source,
      sourceReference: sourceReferenceOf(options.fileName, rowNumber, sourceId),
    };
    if (locationCode !== undefined || locationName !== undefined) {
      const location: Mutable<NonNullable<DisplacementFigureCreateInput['location']>> = {};
      if (locationCode !== undefined) location.code = locationCode;
      if (locationName !== undefined) location.name = locationName;
      figure.location = location;
    }
    if (households !== undefined) figure.households = households;
    if (males !== undefined) figure.males = males;
    if (females !== undefined) figure.females = females;
    if (origin !== undefined) figure.origin = origin;
    if (reason !== undefined) figure.displacementReason = reason;
    if (shelter !== undefined) figure.shelterType = shelter;
    // The domain's schema is the last word on what a figure is: its fast form first, which
    // accepts only figures the schema parses into themselves (the others are parsed here).
    if (options.figureCheck?.(figure) === true) return { figure, placedBy: placed.placedBy };
    const checked = DisplacementFigureCreateSchema.safeParse(figure);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      return reject(String(issue?.path[0] ?? 'row'), issue?.message ?? 'is not a valid figure');
    }
    return { figure: checked.data, placedBy: placed.placedBy };
  } catch (error) {
    if (error instanceof Rejection) return { rejection: error.rejected };
    throw error;
  }
}

/** File and row (and the row's DTM id), at most 500 characters. */
function sourceReferenceOf(fileName: string, rowNumber: number, sourceId: string | undefined): string {
  const reference = `${fileName}#row=${rowNumber}${sourceId === undefined ? '' : `;id=${sourceId}`}`;
  return reference.length > 500 ? reference.slice(0, 500) : reference;
}

/** A field's first non-empty cell: its text and the column it came from (placeArea's form). */
function fieldText(
  row: RowCells,
  columns: readonly MappedColumn[] | undefined,
): { text: string; field: string } | undefined {
  const column = pickColumn(row.texts, columns);
  return column === undefined ? undefined : { text: row.texts[column.index] ?? '', field: column.label };
}

/** The origin governorate (IDPs) or governorate of last displacement (returnees): a p-code, 'unknown', or undefined when not given. */
function originOf(
  row: RowCells,
  columns: ColumnMap,
  resolve: StrictResolver,
  reject: (column: string, reason: string, value?: string) => never,
): string | undefined {
  const code = fieldText(row, columns.originCode);
  const name = fieldText(row, columns.originName);
  if (code === undefined && name === undefined) return undefined;
  const known = [code, name].filter((cell) => cell !== undefined && dimensionValue(cell.text) !== UNKNOWN_DIMENSION);
  if (known.length === 0) return code === undefined && name === undefined ? undefined : UNKNOWN_DIMENSION;
  const placed = placeArea(
    {
      code: code && dimensionValue(code.text) !== UNKNOWN_DIMENSION ? code : undefined,
      name: name && dimensionValue(name.text) !== UNKNOWN_DIMENSION ? name : undefined,
    },
    'governorate',
    undefined,
    resolve,
  );
  if (!placed.ok) return reject(placed.field, `origin: ${placed.reason}`, placed.value);
  return placed.area.pcode;
}
