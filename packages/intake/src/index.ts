// @crc/intake: field data into the CRC Platform (registrations from CSV/XLSX and KoboToolbox).
export * from './kobo/index';
export * from './registrations/index';
export * from './duplicates/index';
export * from './import/index';
export * from './cli/index';
