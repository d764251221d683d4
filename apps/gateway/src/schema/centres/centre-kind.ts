import { CENTRE_KINDS } from '@crc/domain';
import { builder } from '../../builder';
import { vocabularyEnumValues } from '../common/vocabulary-enum';

export const CentreKindEnum = builder.enumType('CentreKind', {
  description: 'Kind of centre IOM Iraq runs; the label in the request’s language is `Centre.kindLabel`.',
  values: vocabularyEnumValues(CENTRE_KINDS, (kind) => `${kind.label} (${kind.acronym}).`),
});
