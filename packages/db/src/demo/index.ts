export * from './load-demo-data';
export * from './crp-vi-snapshot';
export { PUBLISHED_CENTRES, CENTRE_OPENING_DAYS, type PublishedCentre } from './published-centres';
export { PUBLISHED_ORGANISATIONS, type PublishedOrganisation } from './published-organisations';
export { SOURCES, ILLUSTRATIVE_NOTE, type SourceDocument } from './sources';
export { generatePeople, DEMO_ACTOR, type PeopleBatch, type PeopleParameters } from './synthetic-people';
export {
  DOCUMENT_ROUND,
  PUBLISHED_AREA_FIGURES,
  PUBLISHED_SCOPE_FIGURES,
  publishedSourceRef,
  type PublishedAreaFigure,
  type PublishedScopeFigure,
  type PublishedFigureScope,
} from './published-displacement';
export {
  DEFAULT_SYNTHETIC_MASTER_LIST,
  generateSyntheticMasterList,
  syntheticRoundDate,
  type SyntheticDisplacementFigure,
  type SyntheticMasterListOptions,
} from './synthetic-master-list';
export {
  DEMO_DISPLACEMENT_GOVERNORATES,
  DEMO_DISPLACEMENT_ROUNDS,
  demoDisplacementRows,
  upsertDemoDisplacementFigures,
  upsertPublishedScopeFigures,
  type DemoDisplacementRow,
} from './demo-displacement';
export { CRP_VI_EVALUATION_CODE, crpViEvaluation } from './crp-vi-evaluation';
