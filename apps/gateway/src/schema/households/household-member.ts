import type { HouseholdRelationship } from '@crc/domain';
import { HOUSEHOLD_RELATIONSHIPS } from '@crc/domain';
import { builder } from '../../builder';
import { vocabularyEnumValues } from '../common/vocabulary-enum';

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
    relationshipToHead: t.field({
      type: HouseholdRelationshipEnum,
      description: 'Relationship to the head of the household.',
      resolve: (member) => member.relationshipToHead as HouseholdRelationship,
    }),
    relationshipToHeadLabel: t.string({
      description: '`relationshipToHead` in the request’s language.',
      resolve: (member, _args, context) =>
        context.i18n.vocabularyLabel('householdRelationships', member.relationshipToHead),
    }),
  }),
});
