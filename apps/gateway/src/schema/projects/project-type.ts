import { PROJECT_TYPES } from '@crc/domain';
import { builder } from '../../builder';
import { vocabularyEnumValues } from '../common/vocabulary-enum';

export const ProjectTypeEnum = builder.enumType('ProjectType', {
  description: 'Type of community project in IOM Iraq’s transition and recovery programming.',
  values: vocabularyEnumValues(PROJECT_TYPES, (type) => `${type.label} (${type.acronym}).`),
});
