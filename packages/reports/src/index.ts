// @crc/reports: figures out of the CRC Platform (CSV with HXL, XLSX, 5W, programme snapshot).
export * from './table/export-table';
export * from './table/spreadsheet-text';
export * from './csv/hxl-csv';
export * from './xlsx/xlsx-workbook';
export * from './figures/published-figure-table';
export * from './figures/reach-source';
export * from './figures/exact-reach-source';
export * from './figures/figure-table-export';
export * from './figures/hxl-tags';
export * from './programme/find-programme';
export * from './programme/report-period';
export * from './five-w/five-w-report';
export * from './snapshot/figures/traced';
export * from './snapshot/collect-snapshot';
export * from './snapshot/render/render-snapshot-html';
export * from './snapshot/render/print-pdf';
export * from './snapshot/render-snapshot';
