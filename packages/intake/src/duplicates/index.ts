export * from './person-to-match';
export * from './probable-duplicates';
export * from './search-existing-people';
