import { parseHxlHashtag, type HxlHashtag } from './hxl-hashtag';
import { headerKey, MASTER_LIST_FIELDS, type MasterListField } from './master-list-fields';
import { SourceFormatError } from './source-format-error';

export interface MappedColumn {
  readonly index: number;
  /** Header text and/or hashtag, as the file writes them: what rejections name. */
  readonly label: string;
}

/** For each field, the columns that carry it, best first (the first non-empty cell wins). */
export type ColumnMap = Partial<Record<MasterListField, readonly MappedColumn[]>>;

const COUNT_FIELDS: ReadonlySet<MasterListField> = new Set([
  'idpsInd',
  'idpsHh',
  'returneesInd',
  'returneesHh',
  'ind',
  'hh',
  'idpsMales',
  'idpsFemales',
]);
/** Attributes a count column may carry beyond its field's own: `+total`, and `+ind` on the sex columns (HXL's individuals default). */
const ALLOWED_EXTRAS: Partial<Record<MasterListField, readonly string[]>> = {
  idpsMales: ['total', 'ind'],
  idpsFemales: ['total', 'ind'],
};

function labelOf(header: string | undefined, hashtag: string | undefined): string {
  const text = header?.trim() ?? '';
  if (hashtag === undefined) return text;
  return text === '' ? hashtag : `${text} ${hashtag}`;
}

/** `#affected` counts people unless it says households: HXL's individuals default. */
function attributesOf(hashtag: HxlHashtag): Set<string> {
  const attributes = new Set(hashtag.attributes);
  if (hashtag.tag === 'affected' && !attributes.has('hh') && !attributes.has('ind')) attributes.add('ind');
  return attributes;
}

/**
 * Columns by HXL hashtag: a column belongs to the most specific field whose tag and
 * attributes it has (attribute order does not matter). Counts accept no other
 * attribute than `+total`, so `#affected+idps+ind+f` is never read as the total.
 */
export function mapColumnsByHxl(hashtags: readonly string[], headers: readonly string[] = []): ColumnMap {
  const candidates = new Map<MasterListField, { index: number; label: string; extras: number }[]>();
  hashtags.forEach((text, index) => {
    const hashtag = parseHxlHashtag(text);
    if (hashtag === undefined) return;
    const attributes = attributesOf(hashtag);
    let best: { field: MasterListField; size: number } | undefined;
    for (const [field, spec] of Object.entries(MASTER_LIST_FIELDS) as [
      MasterListField,
      (typeof MASTER_LIST_FIELDS)[MasterListField],
    ][]) {
      const [tag, ...required] = spec.hxl;
      if (tag !== hashtag.tag || !required.every((attribute) => attributes.has(attribute))) continue;
      if (best === undefined || required.length > best.size) best = { field, size: required.length };
    }
    if (best === undefined) return;
    const extras = [...attributes].filter(
      (attribute) => !(MASTER_LIST_FIELDS[best.field].hxl as readonly string[]).includes(attribute),
    );
    const allowed = ALLOWED_EXTRAS[best.field] ?? ['total'];
    if (COUNT_FIELDS.has(best.field) && extras.some((attribute) => !allowed.includes(attribute))) return;
    const list = candidates.get(best.field) ?? [];
    list.push({ index, label: labelOf(headers[index], hashtag.text), extras: extras.length });
    candidates.set(best.field, list);
  });
  const map: ColumnMap = {};
  for (const [field, list] of candidates) {
    list.sort((a, b) => a.extras - b.extras || a.index - b.index);
    if (COUNT_FIELDS.has(field) && list.length > 1) {
      throw new SourceFormatError(
        `columns ${list.map((column) => `"${column.label}"`).join(' and ')} both carry ${field}: keep one`,
      );
    }
    map[field] = list.map(({ index, label }) => ({ index, label }));
  }
  return map;
}

/** Columns by header name (files without an HXL row), see MASTER_LIST_FIELDS for the accepted names. */
export function mapColumnsByHeader(headers: readonly string[]): ColumnMap {
  const byKey = new Map<string, MasterListField>();
  for (const [field, spec] of Object.entries(MASTER_LIST_FIELDS) as [
    MasterListField,
    (typeof MASTER_LIST_FIELDS)[MasterListField],
  ][]) {
    for (const header of spec.headers) byKey.set(headerKey(header), field);
  }
  const map: Partial<Record<MasterListField, MappedColumn[]>> = {};
  headers.forEach((header, index) => {
    const field = byKey.get(headerKey(header));
    if (field === undefined) return;
    const list = map[field] ?? [];
    if (COUNT_FIELDS.has(field) && list.length > 0) {
      throw new SourceFormatError(`columns "${list[0]?.label}" and "${header.trim()}" both carry ${field}: keep one`);
    }
    list.push({ index, label: header.trim() });
    map[field] = list;
  });
  return map;
}
