// Name search: the sound keys beside the name keys, and the search on their pg_trgm indexes.
export * from './beneficiary-name-search';
export { recomputeNameKeysWhereMissing } from './name-sound-keys';
// Duplicate detection for many people at once: the trigram pre-filter and the batched search.
export * from './duplicate-prefilter';
export * from './duplicate-candidates-of-many';
