export * from './load-demo-data';
export * from './crp-vi-snapshot';
export { PUBLISHED_CENTRES, CENTRE_OPENING_DAYS, type PublishedCentre } from './published-centres';
export { PUBLISHED_ORGANISATIONS, type PublishedOrganisation } from './published-organisations';
export { SOURCES, ILLUSTRATIVE_NOTE, type SourceDocument } from './sources';
export { generatePeople, DEMO_ACTOR, type PeopleBatch, type PeopleParameters } from './synthetic-people';
