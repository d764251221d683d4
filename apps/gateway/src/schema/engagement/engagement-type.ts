import { ENGAGEMENT_TYPES } from '@crc/domain';
import { builder } from '../../builder';
import { vocabularyEnumValues } from '../common/vocabulary-enum';

export const EngagementTypeEnum = builder.enumType('EngagementType', {
  description: 'Kind of community engagement or assessment activity (CRP VI “Accountability to Communities”).',
  values: vocabularyEnumValues(ENGAGEMENT_TYPES, (type) => `${type.label}.`),
});
