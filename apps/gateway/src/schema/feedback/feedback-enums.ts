import {
  EVALUATION_ASPECTS,
  EVALUATION_METHODS,
  FEEDBACK_ACTIONS,
  FEEDBACK_CATEGORIES,
  FEEDBACK_CHANNELS,
  FEEDBACK_SATISFACTION,
  FEEDBACK_SENSITIVITIES,
  FEEDBACK_STATUSES,
  FINDING_COMPARATORS,
  LANGUAGES,
} from '@crc/domain';
import { FEEDBACK_FIGURE_DIMENSIONS } from '@crc/db';
import { builder } from '../../builder';
import { vocabularyEnumValues } from '../common/vocabulary-enum';

/* GraphQL enums of the feedback and evaluation vocabularies of @crc/domain; labels come with each field as `...Label`. */

export const FeedbackChannelEnum = builder.enumType('FeedbackChannel', {
  description: 'How feedback reached the programme (M&E visits, focus groups and key informant interviews included).',
  values: vocabularyEnumValues(FEEDBACK_CHANNELS),
});

export const FeedbackCategoryEnum = builder.enumType('FeedbackCategory', {
  description: 'What feedback is about. The category fixes its sensitivity and response deadline.',
  values: vocabularyEnumValues(
    FEEDBACK_CATEGORIES,
    (entry) => `${entry.label} (sensitivity ${entry.sensitivity}, response within ${entry.responseDays} days)`,
  ),
});

export const FeedbackSensitivityEnum = builder.enumType('FeedbackSensitivity', {
  description:
    '`SENSITIVE` and `PSEA` entries are visible only to feedback focal points; to everyone else they do not exist.',
  values: vocabularyEnumValues(FEEDBACK_SENSITIVITIES),
});

export const FeedbackStatusEnum = builder.enumType('FeedbackStatus', {
  description:
    'Where a feedback entry stands: received → acknowledged → referred → responded → closed (reopen goes back to acknowledged).',
  values: vocabularyEnumValues(FEEDBACK_STATUSES),
});

export const FeedbackActionEnum = builder.enumType('FeedbackAction', {
  description: 'A step in a feedback entry’s history. `RECORD` is the first; `transitionFeedback` takes the others.',
  values: vocabularyEnumValues(FEEDBACK_ACTIONS),
});

export const FeedbackSatisfactionEnum = builder.enumType('FeedbackSatisfaction', {
  description: 'The person’s satisfaction with how their feedback was handled, recorded when closing.',
  values: vocabularyEnumValues(FEEDBACK_SATISFACTION),
});

export const LanguageEnum = builder.enumType('Language', {
  description: 'A language people in the CRC areas speak (BCP 47 codes).',
  values: vocabularyEnumValues(LANGUAGES),
});

export const EvaluationMethodEnum = builder.enumType('EvaluationMethod', {
  description: 'How an M&E exercise collected its evidence.',
  values: vocabularyEnumValues(EVALUATION_METHODS),
});

export const EvaluationAspectEnum = builder.enumType('EvaluationAspect', {
  description: 'What an evaluation finding measured a change in.',
  values: vocabularyEnumValues(EVALUATION_ASPECTS),
});

export const FindingComparatorEnum = builder.enumType('FindingComparator', {
  description:
    'How a finding’s figure relates to the change, as the source words it (“more than 78%” is MORE_THAN 78).',
  values: vocabularyEnumValues(FINDING_COMPARATORS),
});

export const FeedbackFigureDimensionEnum = builder.enumType('FeedbackFigureDimension', {
  description:
    'What feedback figures are broken down by. AREA is the governorate of the entry’s area, else of its centre.',
  values: Object.fromEntries(
    FEEDBACK_FIGURE_DIMENSIONS.map((dimension) => [
      dimension.toUpperCase(),
      { value: dimension, description: `By ${dimension}.` },
    ]),
  ),
});
