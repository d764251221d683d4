export * from './load-demo-data';
