import { HOUSEHOLD_RELATIONSHIPS } from '@crc/domain';
import { builder } from '../../builder';
import { vocabularyEnumValues } from '../common/vocabulary-enum';
import { vocabularyField } from '../common/vocabulary-field';

export const HouseholdRelationshipEnum = builder.enumType('HouseholdRelationship', {
  description:
    'How a member is related to the head of the household; `HEAD` is the head. Label: `relationshipToHeadLabel`.',
  values: vocabularyEnumValues(HOUSEHOLD_RELATIONSHIPS),
});

/** A member of a household; reached only through a Household the viewer may see. */
export const HouseholdMemberRef = builder.prismaObject('HouseholdMember', {
  description: 'A person of a household and their relationship to its head.',
  fields: (t) => ({
    beneficiary: t.relation('beneficiary', {
      description: 'The person (personal data: the Beneficiary type guards its fields).',
    }),
    beneficiaryId: t.exposeString('beneficiaryId', { description: 'UUID of the person.' }),
    ...vocabularyField(t, 'relationshipToHead', {
      type: HouseholdRelationshipEnum,
      vocabulary: 'householdRelationships',
      description: 'Relationship to the head of the household.',
    }),
  }),
});
