// @crc/i18n: English, Arabic (Iraq) and Sorani Kurdish for the CRC Platform.
export * from './locale/locales';
export * from './locale/negotiate-locale';
export * from './locale/name-fallback';
export * from './locale/direction';
export * from './format/digits';
export * from './format/format-number';
export * from './format/format-currency';
export * from './format/format-date';
export * from './format/format-list';
export * from './format/format-relative-time';
export * from './format/format-compact-number';
export { en, type Catalog, type MessageKey } from './messages/catalog/en';
export { ar } from './messages/catalog/ar';
export { ckb } from './messages/catalog/ckb';
export type { VocabularyMessageKey } from './messages/catalog/vocabulary-key';
export { UNREVIEWED_MESSAGES, needsReview } from './messages/catalog/review-status';
export * from './messages/catalogs';
export * from './messages/translate';
export * from './messages/vocabulary-label';
export * from './messages/age-bracket-label';
export * from './messages/message-structure';
export * from './areas/area-name';
export * from './validation/translate-issues';
export * from './search/normalize-arabic';
// nameKey and nameSimilarity are @crc/domain's (one folding and one name comparison for
// resolution, search and duplicates), re-exported here.
export { nameKey, nameSimilarity } from '@crc/domain';
export * from './translator';
