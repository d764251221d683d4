export * from './centre-filter';
export * from './centre-page';
export { isCentreColumn, isCentreServiceColumn, type CentreColumn, type CentreServiceColumn } from './centre-columns';
