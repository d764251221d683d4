// @crc/intake: field data into the CRC Platform (registrations from CSV/XLSX and KoboToolbox).
export * from './kobo/index';
