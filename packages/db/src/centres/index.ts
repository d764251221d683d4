export * from './centre-filter';
export * from './centre-page';
