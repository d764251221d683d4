export * from './locale/locales';
