import { isCountryCode, isWithin, type AdminArea, type AdminLevel } from '@crc/domain';
import { placeArea, type PlacedBy, type StrictResolver } from '../areas/place-area';
import { describeArea } from '../areas/resolve-area-strictly';
import type { ColumnMap, MappedColumn } from './column-map';
import type { MasterListField } from './master-list-fields';

/** A row's place: its deepest area (none for a national figure), or the first fault of its area cells. */
export type RowArea =
  | { readonly ok: true; readonly area: AdminArea | undefined; readonly placedBy: PlacedBy }
  | { readonly ok: false; readonly column: string; readonly reason: string; readonly value?: string };

/** The texts of a row's cells (cellText), by column index. */
export type RowTexts = readonly string[];

const ADMIN_LEVELS: readonly { level: AdminLevel; code: MasterListField; name: MasterListField }[] = [
  { level: 'governorate', code: 'adm1Code', name: 'adm1Name' },
  { level: 'district', code: 'adm2Code', name: 'adm2Name' },
  { level: 'subdistrict', code: 'adm3Code', name: 'adm3Name' },
];

/** Fields that can place a row: a file with none of them cannot succeed. */
export const PLACING_FIELDS = [
  'adm1Code',
  'adm1Name',
  'adm2Code',
  'adm2Name',
  'adm3Code',
  'adm3Name',
  'areaCode',
  'countryCode',
  'countryName',
] as const satisfies readonly MasterListField[];

/** Every field rowArea reads. */
const AREA_FIELDS: readonly MasterListField[] = [...PLACING_FIELDS, 'adminLevel'];

/** The first non-empty cell of a field's columns: its column. */
export function pickColumn(texts: RowTexts, columns: readonly MappedColumn[] | undefined): MappedColumn | undefined {
  if (columns === undefined) return undefined;
  for (const column of columns) if ((texts[column.index] ?? '') !== '') return column;
  return undefined;
}

function pickText(
  texts: RowTexts,
  columns: readonly MappedColumn[] | undefined,
): { text: string; field: string } | undefined {
  const column = pickColumn(texts, columns);
  return column === undefined ? undefined : { text: texts[column.index] ?? '', field: column.label };
}

/** DTM's adminLevel column: "Admin0", "admin 0", 0. */
function saysAdmin0(text: string | undefined): boolean {
  return text !== undefined && /^(?:admin\s*)?0$/i.test(text.trim());
}

/**
 * A row's area from its admin cells: by p-code (OCHA or DTM's IRQ-G form) and name
 * together (see placeArea), each level inside the one above; the deepest level given.
 * An "OCHA PCode" of any level must lie inside the admin names given with it. A row with
 * no admin area that names the country (or says admin level 0) is a national figure.
 */
export function rowArea(texts: RowTexts, columns: ColumnMap, resolve: StrictResolver): RowArea {
  let area: AdminArea | undefined;
  let placedBy: PlacedBy = 'code';
  for (const { level, code, name } of ADMIN_LEVELS) {
    const given = { code: pickText(texts, columns[code]), name: pickText(texts, columns[name]) };
    if (given.code === undefined && given.name === undefined) continue;
    const placed = placeArea(given, level, area?.pcode, resolve);
    if (!placed.ok) return { ok: false, column: placed.field, reason: placed.reason, value: placed.value };
    area = placed.area;
    placedBy = placed.by;
  }
  const anyCode = pickText(texts, columns.areaCode);
  if (anyCode !== undefined) {
    // "OCHA PCode": a p-code of any level; the admin names, when given, must contain it.
    const found = resolve(anyCode.text, undefined, undefined);
    if (!found.ok) return { ok: false, column: anyCode.field, reason: found.reason, value: anyCode.text };
    if (area !== undefined && found.area.pcode !== area.pcode && !isWithin(found.area.pcode, area.pcode)) {
      return {
        ok: false,
        column: anyCode.field,
        reason: `p-code ${anyCode.text} is ${describeArea(found.area)}, not inside ${describeArea(area)} named in the same row: they disagree`,
        value: anyCode.text,
      };
    }
    if (area === undefined || found.area.pcode.length >= area.pcode.length) {
      area = found.area;
      placedBy = 'code';
    }
  }
  if (area !== undefined) return { ok: true, area, placedBy };
  const country = pickText(texts, columns.countryCode) ?? pickText(texts, columns.countryName);
  if (country !== undefined && !isCountryCode(country.text))
    return {
      ok: false,
      column: country.field,
      reason: 'is not Iraq (IRQ): only Iraq’s figures are imported',
      value: country.text,
    };
  if (country === undefined && !saysAdmin0(pickText(texts, columns.adminLevel)?.text))
    return {
      ok: false,
      column: 'area',
      reason: 'no governorate, district or sub-district given (p-code or name), and no country for a national figure',
    };
  return { ok: true, area: undefined, placedBy: 'code' };
}

/** Distinct area-cell combinations remembered before the memory is emptied. */
const AREAS_KEPT = 50_000;

/**
 * rowArea remembered per distinct combination of a row's area cells: a master list names
 * the same few thousand places in every round, and placing them was a tenth of the
 * importer's CPU (issue 13). One per import: the answers depend on its column map. The
 * answers are kept in a tree of Maps, one level per area field the map has, by the text
 * the row gives it ('' when none): no key string is built per row.
 */
export function createRowAreaCache(columns: ColumnMap, resolve: StrictResolver): (texts: RowTexts) => RowArea {
  const read = AREA_FIELDS.map((field) => columns[field]).filter((list) => list !== undefined);
  let root = new Map<string, unknown>();
  let kept = 0;
  return (texts) => {
    let map = root;
    let text = '';
    for (let level = 0; level < read.length; level += 1) {
      if (level > 0) {
        let next = map.get(text) as Map<string, unknown> | undefined;
        if (next === undefined) {
          next = new Map();
          map.set(text, next);
        }
        map = next;
      }
      const column = pickColumn(texts, read[level]);
      text = column === undefined ? '' : (texts[column.index] ?? '');
    }
    let found = map.get(text) as RowArea | undefined;
    if (found === undefined) {
      found = rowArea(texts, columns, resolve);
      if (kept >= AREAS_KEPT) {
        // Everything forgotten at once, this row's answer too.
        root = new Map();
        kept = 0;
        return found;
      }
      map.set(text, found);
      kept += 1;
    }
    return found;
  };
}
