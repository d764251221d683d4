export * from './migrate';
export * from './migration-files';
export { migrationsDirectory } from './package-root';
