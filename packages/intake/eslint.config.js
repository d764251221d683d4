export { default } from '@crc/eslint-config';
