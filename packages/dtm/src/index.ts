// @crc/dtm: the displacement source of the CRC Platform (DTM API client, master-list importer).
export * from './api/index';
export * from './areas/resolve-area-strictly';
export * from './import/index';
export * from './store/index';
export * from './areas/dtm-area';
export * from './areas/place-area';
export * from './sync/index';
export * from './cli/index';
