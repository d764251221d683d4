import { z } from 'zod';
import { PcodeSchema } from '../geography/pcode';
import { HouseholdRelationshipSchema } from '../vocabularies/household-relationships';
import { PopulationGroupSchema } from '../vocabularies/population-groups';
import { AFTER_FIELD_CHECKS } from './cross-field-checks';
import { ENTITY_FIELDS } from './entity-fields';
import { IdSchema } from './id';
import { PastOrTodayDateSchema } from './iso-date';

/** People living in the household, the head included (registered members may be fewer). */
const HouseholdSizeSchema = z
  .int({ error: 'must be a whole number of people' })
  .min(1, { error: 'must be at least 1 (the head)' })
  .max(100, { error: 'must be at most 100 people' });

const householdFields = {
  registrationCentreId: IdSchema,
  headBeneficiaryId: IdSchema,
  size: HouseholdSizeSchema,
  areaOfResidencePcode: PcodeSchema,
  /** Displacement status of the household (the IOM/DTM population categories). */
  populationGroup: PopulationGroupSchema,
  registeredOn: PastOrTodayDateSchema,
};

/** A household registered at a centre: one head, members by relationship to the head. */
export const HouseholdSchema = z.object({ ...ENTITY_FIELDS, ...householdFields });
export type Household = z.infer<typeof HouseholdSchema>;

/** One member of a household and how they are related to its head. */
export const HouseholdMemberSchema = z.object({
  householdId: IdSchema,
  beneficiaryId: IdSchema,
  relationshipToHead: HouseholdRelationshipSchema,
});
export type HouseholdMember = z.infer<typeof HouseholdMemberSchema>;

/**
 * A member of a new household: a person already registered (`beneficiaryId`), or one to
 * register with it (`person`: the fields of `BeneficiaryCreateSchema`; the household's
 * centre, area, population group, size and registration date fill in those left out).
 * `person` is validated by the registration command, which names its fields
 * `members.<i>.person.<field>`.
 */
export const NewHouseholdMemberSchema = z
  .object({
    beneficiaryId: IdSchema.optional(),
    person: z.record(z.string(), z.unknown()).optional(),
    relationshipToHead: HouseholdRelationshipSchema,
  })
  .refine((member) => (member.beneficiaryId === undefined) !== (member.person === undefined), {
    error: 'must give either beneficiaryId (a registered person) or person (one to register), not both',
    path: ['beneficiaryId'],
  });
export type NewHouseholdMember = z.infer<typeof NewHouseholdMemberSchema>;

function checkMembers(household: { members: readonly NewHouseholdMember[]; size: number }, ctx: z.RefinementCtx): void {
  const heads = household.members.filter((member) => member.relationshipToHead === 'head').length;
  if (heads !== 1)
    ctx.addIssue({
      code: 'custom',
      path: ['members'],
      message: `must have exactly one member whose relationshipToHead is 'head' (has ${heads})`,
    });
  if (household.members.length > household.size)
    ctx.addIssue({
      code: 'custom',
      path: ['size'],
      message: `must be at least the number of members given (${household.members.length})`,
    });
  const ids = household.members.flatMap((member) => (member.beneficiaryId === undefined ? [] : [member.beneficiaryId]));
  if (new Set(ids).size !== ids.length)
    ctx.addIssue({ code: 'custom', path: ['members'], message: 'lists the same person twice' });
}

/** A household to create with its members. */
export const HouseholdCreateSchema = z
  .object({
    registrationCentreId: householdFields.registrationCentreId,
    size: householdFields.size,
    areaOfResidencePcode: householdFields.areaOfResidencePcode,
    populationGroup: householdFields.populationGroup,
    registeredOn: householdFields.registeredOn,
    members: z.array(NewHouseholdMemberSchema).min(1, { error: 'must list at least the head' }).max(100),
  })
  .superRefine(checkMembers, AFTER_FIELD_CHECKS);
export type HouseholdCreate = z.infer<typeof HouseholdCreateSchema>;

/** A registered person joins a household (not as head: see HouseholdHeadChangeSchema). */
export const HouseholdMemberAddSchema = z.object({
  householdId: IdSchema,
  beneficiaryId: IdSchema,
  relationshipToHead: HouseholdRelationshipSchema.exclude(['head'], {
    error: "must not be 'head': change the head with changeHouseholdHead",
  }),
});
export type HouseholdMemberAdd = z.infer<typeof HouseholdMemberAddSchema>;

/** A member leaves a household (the head cannot: change the head first). */
export const HouseholdMemberRemoveSchema = z.object({ householdId: IdSchema, beneficiaryId: IdSchema });
export type HouseholdMemberRemove = z.infer<typeof HouseholdMemberRemoveSchema>;

/**
 * Another member becomes head. Relationships are to the head, so the caller restates
 * them: the former head's relationship to the new head, and any other member's that changes.
 */
export const HouseholdHeadChangeSchema = z.object({
  householdId: IdSchema,
  newHeadBeneficiaryId: IdSchema,
  formerHeadRelationship: HouseholdRelationshipSchema.exclude(['head'], {
    error: "must not be 'head': a household has one head",
  }),
  otherRelationships: z
    .array(
      z.object({
        beneficiaryId: IdSchema,
        relationshipToHead: HouseholdRelationshipSchema.exclude(['head'], {
          error: "must not be 'head': a household has one head",
        }),
      }),
    )
    .default([]),
});
export type HouseholdHeadChange = z.infer<typeof HouseholdHeadChangeSchema>;
