import { CENTRE_KINDS } from '@crc/domain';
import { builder } from '../../builder';

export const CentreKindEnum = builder.enumType('CentreKind', {
  description: 'Kind of centre IOM Iraq runs; the label in the request’s language is `Centre.kindLabel`.',
  values: Object.fromEntries(
    CENTRE_KINDS.map((kind) => [kind.code.toUpperCase(), { value: kind.code, description: `${kind.label} (${kind.acronym}).` }]),
  ),
});
