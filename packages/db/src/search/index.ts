// Name search: the sound keys beside the name keys, and the search on their pg_trgm indexes.
export * from './beneficiary-name-search';
export { fillMissingNameSoundKeys } from './name-sound-keys';
