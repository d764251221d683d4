export * from './import-master-list';
export { MASTER_LIST_FIELDS, headerKey, type MasterListField } from './master-list-fields';
export { parseHxlHashtag, isHxlRow, type HxlHashtag } from './hxl-hashtag';
export { mapColumnsByHxl, mapColumnsByHeader, type ColumnMap, type MappedColumn } from './column-map';
export { SourceFormatError } from './source-format-error';
export { MASTER_LIST_ENCODINGS, type MasterListEncoding } from './text-encoding';
export { escapeFormula, MAX_NAME_LENGTH } from './cell-safety';
export { writeRejectsCsv } from './rejects-csv';
