// Displacement figures: the one bulk write path (importer, API sync, demo) and its natural key.
export * from './displacement-natural-key';
export * from './upsert-displacement-figures';
export * from './displacement-key-map';
