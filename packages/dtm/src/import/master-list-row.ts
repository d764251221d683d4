import {
  COUNTRY_PCODE,
  DisplacementFigureCreateSchema,
  dimensionValue,
  isCountryCode,
  isWithin,
  UNKNOWN_DIMENSION,
  type AdminArea,
  type AdminLevel,
  type DisplacementFigureCreate,
  type DisplacementFigureCreateInput,
  type DisplacementSource,
} from '@crc/domain';
import { placeArea, type PlacedBy, type StrictResolver } from '../areas/place-area';
import { describeArea, resolveAreaStrictly, type StrictResolution } from '../areas/resolve-area-strictly';
import type { RejectedRow } from '../store/rejected-row';
import { parseCount, parseReportingDate, parseRound } from './cell-values';
import { MAX_NAME_LENGTH, unsafeCharacter } from './cell-safety';
import type { ColumnMap, MappedColumn } from './column-map';
import type { MasterListField } from './master-list-fields';
import { cellText, rawCellText, type Cell } from './table-row';

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

/** A row's cells and their cellText, computed once per row (issue 13: cellText was called up to four times per cell). */
export interface RowCells {
  readonly cells: readonly Cell[];
  readonly texts: readonly string[];
}

/** The row's cells with their texts. */
export function rowCells(cells: readonly Cell[]): RowCells {
  return { cells, texts: cells.map(cellText) };
}

/** The first non-empty cell of a field's columns, and which column it came from. */
function pick(
  row: RowCells,
  columns: readonly MappedColumn[] | undefined,
): { cell: Cell; text: string; column: MappedColumn } | undefined {
  if (columns === undefined) return undefined;
  for (const column of columns) {
    const text = row.texts[column.index] ?? '';
    if (text !== '') return { cell: row.cells[column.index] ?? null, text, column };
  }
  return undefined;
}

function pickText(
  row: RowCells,
  columns: readonly MappedColumn[] | undefined,
): { text: string; field: string } | undefined {
  const found = pick(row, columns);
  return found === undefined ? undefined : { text: found.text, field: found.column.label };
}

/** Thrown inside a row's mapping to stop it at the first rejected column; caught per row. */
class Rejection extends Error {
  constructor(readonly rejected: RejectedRow) {
    super(`row ${rejected.row}, ${rejected.column}: ${rejected.reason}`);
  }
}

const ADMIN_LEVELS: readonly { level: AdminLevel; code: MasterListField; name: MasterListField }[] = [
  { level: 'governorate', code: 'adm1Code', name: 'adm1Name' },
  { level: 'district', code: 'adm2Code', name: 'adm2Name' },
  { level: 'subdistrict', code: 'adm3Code', name: 'adm3Name' },
];

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

/** DTM's adminLevel column: "Admin0", "admin 0", 0. */
function saysAdmin0(text: string | undefined): boolean {
  return text !== undefined && /^(?:admin\s*)?0$/i.test(text.trim());
}

/**
 * One master-list row to one figure, or the reason it cannot be one: the first fault
 * found, with its column. Areas by p-code (OCHA or DTM's IRQ-G form) and name together
 * (see placeArea), each level inside the one above; the figure's area is the deepest
 * level given. A row with no admin area that names the country is a national figure.
 * Origin (or last displacement) is a dimension of the figure, never its area.
 */
export function masterListRow(
  rowNumber: number,
  given: readonly Cell[] | RowCells,
  columns: ColumnMap,
  options: MasterListRowOptions,
  resolve: StrictResolver,
): RowResult {
  const row = Array.isArray(given) ? rowCells(given) : (given as RowCells);
  const { cells } = row;
  const reject = (column: string, reason: string, value?: string): never => {
    throw new Rejection({
      row: rowNumber,
      column,
      reason,
      ...(value === undefined || value === '' ? {} : { value: value.slice(0, 200) }),
    });
  };
  try {
    // Characters no cell may carry reject the row, whichever column they are in.
    for (let index = 0; index < cells.length; index += 1) {
      const fault = unsafeCharacter(rawCellText(cells[index]), options.encoding);
      if (fault !== undefined) reject(options.headers[index]?.trim() || `column ${index + 1}`, fault);
    }
    for (const field of TEXT_FIELDS) {
      for (const column of columns[field] ?? []) {
        const text = row.texts[column.index] ?? '';
        if (text.length > MAX_NAME_LENGTH)
          reject(
            column.label,
            `is ${text.length.toLocaleString('en-US')} characters long; names are at most ${MAX_NAME_LENGTH}`,
            text,
          );
      }
    }

    let area: AdminArea | undefined;
    let placedBy: PlacedBy = 'code';
    for (const { level, code, name } of ADMIN_LEVELS) {
      const given = { code: pickText(row, columns[code]), name: pickText(row, columns[name]) };
      if (given.code === undefined && given.name === undefined) continue;
      const placed = placeArea(given, level, area?.pcode, resolve);
      if (!placed.ok) return reject(placed.field, placed.reason, placed.value);
      area = placed.area;
      placedBy = placed.by;
    }
    const anyCode = pickText(row, columns.areaCode);
    if (anyCode !== undefined) {
      // "OCHA PCode": a p-code of any level; the admin names, when given, must contain it.
      const found = resolve(anyCode.text, undefined, undefined);
      if (!found.ok) reject(anyCode.field, found.reason, anyCode.text);
      else if (area !== undefined && found.area.pcode !== area.pcode && !isWithin(found.area.pcode, area.pcode)) {
        reject(
          anyCode.field,
          `p-code ${anyCode.text} is ${describeArea(found.area)}, not inside ${describeArea(area)} named in the same row: they disagree`,
          anyCode.text,
        );
      } else if (area === undefined || found.area.pcode.length >= area.pcode.length) {
        area = found.area;
        placedBy = 'code';
      }
    }
    let national = false;
    if (area === undefined) {
      const country = pickText(row, columns.countryCode) ?? pickText(row, columns.countryName);
      const level = pickText(row, columns.adminLevel);
      if (country !== undefined && !isCountryCode(country.text))
        reject(country.field, 'is not Iraq (IRQ): only Iraq’s figures are imported', country.text);
      if (country === undefined && !saysAdmin0(level?.text))
        reject(
          'area',
          'no governorate, district or sub-district given (p-code or name), and no country for a national figure',
        );
      national = true;
    }

    const roundCell = pick(row, columns.round);
    let round = options.round;
    if (roundCell !== undefined) {
      const parsed = parseRound(roundCell.cell);
      if (!parsed.ok) reject(roundCell.column.label, parsed.reason, roundCell.text);
      else round = parsed.value;
    }
    if (round === undefined) return reject(columns.round?.[0]?.label ?? 'round', 'is missing');

    const dateCell = pick(row, columns.date);
    let reportingDate = options.reportingDate;
    if (dateCell !== undefined) {
      const parsed = parseReportingDate(dateCell.cell, options.today);
      if (!parsed.ok) reject(dateCell.column.label, parsed.reason, dateCell.text);
      else reportingDate = parsed.value;
    }
    if (reportingDate === undefined) return reject(columns.date?.[0]?.label ?? 'date', 'is missing');

    const groups = [
      { group: 'idp' as const, ind: pick(row, columns.idpsInd), hh: pick(row, columns.idpsHh) },
      { group: 'returnee' as const, ind: pick(row, columns.returneesInd), hh: pick(row, columns.returneesHh) },
    ];
    if (options.populationGroup !== undefined) {
      const generic = { group: options.populationGroup, ind: pick(row, columns.ind), hh: pick(row, columns.hh) };
      if (generic.ind !== undefined || generic.hh !== undefined) groups.push(generic);
    }
    const present = groups.filter((entry) => entry.ind !== undefined || entry.hh !== undefined);
    if (present.length === 0) reject('individuals', 'no IDP or returnee count in this row');
    if (present.length > 1) {
      reject(
        present[1]?.ind?.column.label ?? present[1]?.hh?.column.label ?? 'individuals',
        'a row carries one population group: IDP and returnee figures go in separate rows',
      );
    }
    const counts = present[0] as (typeof groups)[number];
    if (counts.ind === undefined)
      reject(counts.hh?.column.label ?? 'individuals', 'households given without individuals');
    const individuals = parseCount(counts.ind?.cell);
    if (!individuals.ok)
      return reject(counts.ind?.column.label ?? 'individuals', individuals.reason, counts.ind?.text ?? '');
    const optionalCount = (
      found: { cell: Cell; text: string; column: MappedColumn } | undefined,
    ): number | undefined => {
      if (found === undefined) return undefined;
      const parsed = parseCount(found.cell);
      if (!parsed.ok) return reject(found.column.label, parsed.reason, found.text);
      return parsed.value;
    };
    const households = optionalCount(counts.hh);
    if (households !== undefined && households > individuals.value) {
      reject(
        counts.hh?.column.label ?? 'households',
        `${households} households exceed ${individuals.value} individuals`,
        String(households),
      );
    }
    const males = counts.group === 'idp' ? optionalCount(pick(row, columns.idpsMales)) : undefined;
    const females = counts.group === 'idp' ? optionalCount(pick(row, columns.idpsFemales)) : undefined;

    const origin = originOf(row, columns, resolve, reject);
    const reason = dimensionValue(pickText(row, columns.reason)?.text);
    const shelter = dimensionValue(pickText(row, columns.shelter)?.text);
    const locationCode = pickText(row, columns.locCode)?.text;
    const locationName = pickText(row, columns.locName)?.text;
    const sourceId = pickText(row, columns.sourceId)?.text;

    // Built field by field, without an object spread per optional field (issue 13).
    const figure: Mutable<DisplacementFigureCreateInput> = {
      areaPcode: national ? COUNTRY_PCODE : (area as AdminArea).pcode,
      adminLevel: national ? 'country' : (area as AdminArea).level,
      roundNumber: round,
      reportingDate,
      populationGroup: counts.group,
      individuals: individuals.value,
      source: options.source,
      sourceReference: `${options.fileName}#row=${rowNumber}${sourceId === undefined ? '' : `;id=${sourceId}`}`.slice(
        0,
        500,
      ),
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
    if (options.figureCheck?.(figure) === true) return { figure, placedBy: national ? 'code' : placedBy };
    const checked = DisplacementFigureCreateSchema.safeParse(figure);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      return reject(String(issue?.path[0] ?? 'row'), issue?.message ?? 'is not a valid figure');
    }
    return { figure: checked.data, placedBy: national ? 'code' : placedBy };
  } catch (error) {
    if (error instanceof Rejection) return { rejection: error.rejected };
    throw error;
  }
}

/** The origin governorate (IDPs) or governorate of last displacement (returnees): a p-code, 'unknown', or undefined when not given. */
function originOf(
  row: RowCells,
  columns: ColumnMap,
  resolve: StrictResolver,
  reject: (column: string, reason: string, value?: string) => never,
): string | undefined {
  const code = pickText(row, columns.originCode);
  const name = pickText(row, columns.originName);
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
