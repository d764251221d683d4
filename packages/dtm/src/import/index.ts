export * from './import-master-list';
export { MASTER_LIST_FIELDS, headerKey, type MasterListField } from './master-list-fields';
export { parseHxlHashtag, isHxlRow, type HxlHashtag } from './hxl-hashtag';
export { mapColumnsByHxl, mapColumnsByHeader, type ColumnMap, type MappedColumn } from './column-map';
export { SourceFormatError } from './source-format-error';
export { MASTER_LIST_ENCODINGS, type MasterListEncoding } from './text-encoding';
export { escapeFormula, MAX_NAME_LENGTH } from './cell-safety';
export { writeRejectsCsv } from './rejects-csv';
// The tabular readers, for other importers of spreadsheets (@crc/intake).
export { readCsvRows, type CsvReadOptions } from './read-csv-rows';
export { readXlsxRows, type XlsxReadOptions } from './read-xlsx-rows';
export { cellText, rawCellText, type Cell, type TableRow, type OnBytes } from './table-row';
export { unsafeCharacter, withoutBidiControls } from './cell-safety';
export { sha256File } from './file-hash';
