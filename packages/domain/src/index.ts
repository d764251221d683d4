// @crc/domain: the shared model of the CRC Platform. No I/O: data ships inside the package.
export * from './geography/index';
export * from './vocabularies/index';
export * from './schemas/index';
export * from './rules/index';
export * from './names/index';
