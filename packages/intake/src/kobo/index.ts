export * from './kobo-client';
export * from './kobo-errors';
export * from './kobo-form';
export * from './kobo-schemas';
export * from './flatten-submission';
