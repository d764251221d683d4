import { CENTRE_KINDS } from './centre-kinds';
import { CURRENCIES } from './currencies';
import { DISPLACEMENT_SOURCES } from './displacement-sources';
import { ENGAGEMENT_TYPES } from './engagement-types';
import { EVALUATION_ASPECTS } from './evaluation-aspects';
import { EVALUATION_METHODS } from './evaluation-methods';
import { FEEDBACK_ACTIONS } from './feedback-actions';
import { FEEDBACK_CATEGORIES } from './feedback-categories';
import { FEEDBACK_CHANNELS } from './feedback-channels';
import { FEEDBACK_SATISFACTION } from './feedback-satisfaction';
import { FEEDBACK_SENSITIVITIES } from './feedback-sensitivities';
import { FEEDBACK_STATUSES } from './feedback-statuses';
import { FINDING_COMPARATORS } from './finding-comparators';
import { IATI_ACTIVITY_STATUSES } from './iati-activity-statuses';
import { IATI_ORGANISATION_ROLES } from './iati-organisation-roles';
import { IATI_ORGANISATION_TYPES } from './iati-organisation-types';
import { IATI_TRANSACTION_TYPES } from './iati-transaction-types';
import { IMPORT_BATCH_STATUSES } from './import-batch-statuses';
import { INDICATOR_UNITS } from './indicator-units';
import { LANGUAGES } from './languages';
import { POPULATION_GROUPS } from './population-groups';
import { PROJECT_TYPES } from './project-types';
import { REFERRAL_STATUSES } from './referral-statuses';
import { SECTORS } from './sectors';
import { SERVICE_CATEGORIES } from './service-categories';
import { SERVICE_TYPES } from './service-types';
import { SEXES } from './sexes';
import { CONSENT_PURPOSES } from './consent-purposes';
import { DISABILITY_STATUSES } from './disability-statuses';
import { DUPLICATE_MATCH_REASONS } from './duplicate-match-reasons';
import { DUPLICATE_REVIEW_STATUSES } from './duplicate-review-statuses';
import { HOUSEHOLD_RELATIONSHIPS } from './household-relationships';
import { WASHINGTON_GROUP_ANSWERS } from './washington-group-answers';
import { WASHINGTON_GROUP_DOMAINS } from './washington-group-domains';
import type { VocabularyEntry } from './vocabulary';
import { VOCATIONAL_COURSES } from './vocational-courses';
import { WEEKDAYS } from './weekdays';

/**
 * Every vocabulary by name. Consumers iterate it (e.g. @crc/i18n checks that every
 * code has a label in every locale), so a new vocabulary must be added here.
 */
export const VOCABULARIES = {
  sexes: SEXES,
  populationGroups: POPULATION_GROUPS,
  centreKinds: CENTRE_KINDS,
  serviceCategories: SERVICE_CATEGORIES,
  serviceTypes: SERVICE_TYPES,
  vocationalCourses: VOCATIONAL_COURSES,
  sectors: SECTORS,
  projectTypes: PROJECT_TYPES,
  iatiActivityStatuses: IATI_ACTIVITY_STATUSES,
  iatiOrganisationRoles: IATI_ORGANISATION_ROLES,
  iatiOrganisationTypes: IATI_ORGANISATION_TYPES,
  iatiTransactionTypes: IATI_TRANSACTION_TYPES,
  engagementTypes: ENGAGEMENT_TYPES,
  referralStatuses: REFERRAL_STATUSES,
  weekdays: WEEKDAYS,
  currencies: CURRENCIES,
  displacementSources: DISPLACEMENT_SOURCES,
  importBatchStatuses: IMPORT_BATCH_STATUSES,
  indicatorUnits: INDICATOR_UNITS,
  languages: LANGUAGES,
  feedbackChannels: FEEDBACK_CHANNELS,
  feedbackCategories: FEEDBACK_CATEGORIES,
  feedbackSensitivities: FEEDBACK_SENSITIVITIES,
  feedbackStatuses: FEEDBACK_STATUSES,
  feedbackActions: FEEDBACK_ACTIONS,
  feedbackSatisfaction: FEEDBACK_SATISFACTION,
  evaluationMethods: EVALUATION_METHODS,
  evaluationAspects: EVALUATION_ASPECTS,
  findingComparators: FINDING_COMPARATORS,
  householdRelationships: HOUSEHOLD_RELATIONSHIPS,
  washingtonGroupDomains: WASHINGTON_GROUP_DOMAINS,
  washingtonGroupAnswers: WASHINGTON_GROUP_ANSWERS,
  disabilityStatuses: DISABILITY_STATUSES,
  consentPurposes: CONSENT_PURPOSES,
  duplicateReviewStatuses: DUPLICATE_REVIEW_STATUSES,
  duplicateMatchReasons: DUPLICATE_MATCH_REASONS,
} as const satisfies Record<string, readonly VocabularyEntry[]>;

export type VocabularyName = keyof typeof VOCABULARIES;

/** The code union of a named vocabulary, e.g. `VocabularyCode<'sexes'>`. */
export type VocabularyCode<N extends VocabularyName> = (typeof VOCABULARIES)[N][number]['code'];

export const VOCABULARY_NAMES = Object.keys(VOCABULARIES) as VocabularyName[];
