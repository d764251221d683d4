import { POPULATION_GROUPS, REFERRAL_STATUSES, SERVICE_TYPES, SEXES, VOCATIONAL_COURSES, type VocabularyEntry } from '@crc/domain';
import { builder } from '../../builder';

/** GraphQL enum values are the vocabulary codes in UPPER_CASE; resolvers and filters exchange the codes. */
function valuesOf<const T extends readonly VocabularyEntry[]>(entries: T) {
  return Object.fromEntries(
    entries.map((entry) => [entry.code.toUpperCase(), { value: entry.code as T[number]['code'], description: entry.label }]),
  );
}

export const SexEnum = builder.enumType('Sex', {
  description: 'Sex as recorded for sex-disaggregated data; `NOT_RECORDED` is a data-quality gap, not a third sex. Label: `sexLabel`.',
  values: valuesOf(SEXES),
});

export const PopulationGroupEnum = builder.enumType('PopulationGroup', {
  description: 'Displacement status of a person (IOM DTM population categories). Label: `populationGroupLabel`.',
  values: valuesOf(POPULATION_GROUPS),
});

export const ServiceTypeEnum = builder.enumType('ServiceType', {
  description: 'A service delivered at or through a centre. Label: `serviceTypeLabel`.',
  values: valuesOf(SERVICE_TYPES),
});

export const VocationalCourseEnum = builder.enumType('VocationalCourse', {
  description: 'A course taught in vocational training, on-the-job training or informal education. Label: `courseLabel`.',
  values: valuesOf(VOCATIONAL_COURSES),
});

export const ReferralStatusEnum = builder.enumType('ReferralStatus', {
  description:
    'Where a referral stands. DRAFT → REQUESTED → ACCEPTED → IN_PROGRESS → COMPLETED; DECLINED, CANCELLED and CLOSED_NO_RESPONSE also end it. See `Referral.allowedNextStatuses`.',
  values: Object.fromEntries(
    REFERRAL_STATUSES.map((status) => [
      status.code.toUpperCase(),
      { value: status.code, description: `${status.label}: ${status.description}${status.terminal ? ' Final.' : ''}` },
    ]),
  ),
});
