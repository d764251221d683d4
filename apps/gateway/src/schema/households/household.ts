import {
  addHouseholdMember,
  changeHouseholdHead,
  createHousehold,
  type CreateHouseholdInput as CreateHouseholdCommandInput,
  removeHouseholdMember,
  type Household as HouseholdRow,
  type Prisma,
} from '@crc/db';
import { getArea } from '@crc/domain';
import type { ObjectRef } from '@pothos/core';
import { builder } from '../../builder';
import { commandActor, type Viewer } from '../../auth/viewer';
import { ForbiddenError } from '../../errors/forbidden-error';
import { commandValue } from '../common/command-value';
import { COMMON_MUTATION_ERRORS } from '../common/errors';
import '../common/forbidden-error-type';
import { idFromInput, optionalIdFromInput, uuidOrNil } from '../common/ids';
import { describedTotalCount } from '../common/total-count';
import { PopulationGroupEnum } from '../common/vocabulary-enums';
import { vocabularyField } from '../common/vocabulary-field';
import { AdminAreaRef } from '../geography/admin-area';
import { PossibleDuplicatesError, possibleDuplicatesError } from '../people/duplicate-candidates';
import { beneficiaryInputFields } from '../people/beneficiary-fields';
import { visibleHouseholds } from './household-access';
import { HouseholdMemberRef, HouseholdRelationshipEnum } from './household-member';

/**
 * A household. Looked up by id only among the households the viewer may see (so
 * another centre's household is "no such household"), and checked again on the type.
 */
const HouseholdRef = builder.prismaNode('Household', {
  description:
    'A household registered at a centre: its head, its members by relationship to the head, its size, area of residence and displacement status. Personal data: visible only to ADMIN and to CENTRE_STAFF of the household’s centre (for anyone else it does not exist).',
  id: { field: 'id' },
  findUnique: (id, context) => ({ id: uuidOrNil(id, 'Household'), AND: [visibleHouseholds(context.viewer)] }),
  nullable: true,
  runScopesOnType: true,
  authScopes: (household) => ({ personalDataAt: household.registrationCentreId }),
  fields: (t) => ({
    registrationCentreId: t.exposeString('registrationCentreId', {
      description: 'UUID of the centre where the household is registered.',
    }),
    registrationCentre: t.relation('registrationCentre', {
      description: 'The centre where the household is registered.',
    }),
    head: t.relation('head', {
      description: 'The head of the household (also one of `members`, with relationship HEAD).',
    }),
    members: t.field({
      type: [HouseholdMemberRef],
      description: 'The registered members, the head first, then in the order they joined.',
      resolve: async (household, _args, context) => {
        const members = await context.prisma.householdMember.findMany({
          where: { householdId: household.id },
          orderBy: [{ createdAt: 'asc' }, { beneficiaryId: 'asc' }],
        });
        return [...members].sort(
          (a, b) => Number(b.relationshipToHead === 'head') - Number(a.relationshipToHead === 'head'),
        );
      },
    }),
    registeredMembers: t.relationCount('members', { description: 'How many members are registered (at most `size`).' }),
    size: t.exposeInt('size', {
      description: 'People living in the household, the head included, as declared; registered members may be fewer.',
    }),
    areaOfResidencePcode: t.exposeString('areaOfResidencePcode', {
      description: 'P-code of the area where the household lives.',
    }),
    areaOfResidence: t.field({
      type: AdminAreaRef,
      nullable: true,
      description: 'The area where the household lives.',
      resolve: (household) => {
        const area = getArea(household.areaOfResidencePcode);
        return area === undefined ? null : { ...area };
      },
    }),
    ...vocabularyField(t, 'populationGroup', {
      type: PopulationGroupEnum,
      vocabulary: 'populationGroups',
      description: 'Displacement status of the household.',
    }),
    registeredOn: t.field({
      type: 'Date',
      description: 'Date of registration.',
      resolve: (household) => household.registeredOn,
    }),
  }),
});

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** The Household type for fields outside the prisma plugin (see BeneficiaryObject). */
export const HouseholdObject: ObjectRef<Types, HouseholdRow> = HouseholdRef;

const HouseholdFilterInput = builder.inputType('HouseholdFilter', {
  description:
    'Narrows `households`; all given conditions must hold. Households outside the caller’s centres are never returned.',
  fields: (t) => ({
    centreId: t.id({ required: false, description: 'The registration centre (global id or UUID).' }),
    areaPcode: t.string({
      required: false,
      description: 'P-code of an area: households living in it or in any area inside it.',
    }),
    populationGroup: t.field({
      type: PopulationGroupEnum,
      required: false,
      description: 'Only households of this displacement status.',
    }),
    memberId: t.id({ required: false, description: 'The household of this person (global id or UUID).' }),
    minSize: t.int({ required: false, description: 'Only households of at least this many people.' }),
    maxSize: t.int({ required: false, description: 'Only households of at most this many people.' }),
  }),
});

function householdWhere(
  viewer: Viewer,
  filter: typeof HouseholdFilterInput.$inferInput | null | undefined,
): Prisma.HouseholdWhereInput {
  const conditions: Prisma.HouseholdWhereInput[] = [visibleHouseholds(viewer)];
  if (filter?.centreId) conditions.push({ registrationCentreId: uuidOrNil(String(filter.centreId), 'Centre') });
  if (filter?.areaPcode) conditions.push({ areaOfResidencePcode: { startsWith: filter.areaPcode } });
  if (filter?.populationGroup) conditions.push({ populationGroup: filter.populationGroup });
  if (filter?.memberId)
    conditions.push({ members: { some: { beneficiaryId: uuidOrNil(String(filter.memberId), 'Beneficiary') } } });
  if (typeof filter?.minSize === 'number') conditions.push({ size: { gte: filter.minSize } });
  if (typeof filter?.maxSize === 'number') conditions.push({ size: { lte: filter.maxSize } });
  return { AND: conditions };
}

builder.queryFields((t) => ({
  households: t.prismaConnection(
    {
      type: HouseholdRef,
      cursor: 'id',
      nullable: true,
      description:
        'Households registered at centres, latest registration first. CENTRE_STAFF see the households of their own centres; ADMIN all. PUBLIC and PARTNER are refused: null with a FORBIDDEN error.',
      authScopes: { centreStaff: true },
      args: {
        filter: t.arg({
          type: HouseholdFilterInput,
          required: false,
          description: 'Conditions the households must meet.',
        }),
      },
      resolve: (query, _root, args, context) =>
        context.prisma.household.findMany({
          ...query,
          where: householdWhere(context.viewer, args.filter),
          orderBy: [{ registeredOn: 'desc' }, { id: 'asc' }],
        }),
      totalCount: (_root, args, context) =>
        context.prisma.household.count({ where: householdWhere(context.viewer, args.filter) }),
    },
    {
      name: 'HouseholdConnection',
      description: 'A page of households.',
      fields: describedTotalCount('Number of items in the whole connection (all pages), after filters.'),
    },
    { name: 'HouseholdEdge', description: 'A household, with its cursor.' },
  ),
  household: t.prismaField({
    type: HouseholdRef,
    nullable: true,
    description:
      'One household by global id (or UUID). Null when no household has that id or it is registered at a centre the caller’s key is not bound to (the answer does not tell which). PUBLIC and PARTNER are refused with FORBIDDEN.',
    authScopes: { centreStaff: true },
    args: { id: t.arg.id({ required: true, description: 'The household’s global `id` (or UUID).' }) },
    resolve: (query, _root, args, context) =>
      context.prisma.household.findFirst({
        ...query,
        where: { AND: [{ id: uuidOrNil(String(args.id), 'Household') }, visibleHouseholds(context.viewer)] },
      }),
  }),
}));

const NewHouseholdPersonInput = builder.inputType('NewHouseholdPersonInput', {
  description:
    'A person registered with a new household: the fields of `RegisterBeneficiaryInput` except the centre (the household’s); area, population group and registration date default to the household’s, household size is the household’s.',
  fields: (t) => ({
    // Every field of @crc/domain's BENEFICIARY_FIELDS (so a field added there), those below as this input words them.
    ...beneficiaryInputFields(t, { except: ['registrationCentreId', 'householdSize', 'registeredOn'] }),
    givenName: t.string({ required: true, description: 'Given name, any script.' }),
    fatherName: t.string({ required: false, description: 'Father’s name.' }),
    familyName: t.string({ required: true, description: 'Family name.' }),
    grandfatherName: t.string({ required: false, description: 'Grandfather’s name.' }),
    phone: t.string({ required: false, description: 'Phone number, e.g. `0751 234 2550`.' }),
    dateOfBirth: t.field({ type: 'Date', required: true, description: 'Date of birth; not in the future.' }),
    dateOfBirthEstimated: t.boolean({
      required: false,
      description: 'True when only the year or an age was known (default false).',
    }),
    sex: t.string({ required: true, description: 'A `sexes` code: `female`, `male` or `not_recorded`.' }),
    populationGroup: t.field({ type: PopulationGroupEnum, required: false, description: 'Default: the household’s.' }),
    areaOfResidencePcode: t.string({ required: false, description: 'Default: the household’s.' }),
    consentToDataProcessing: t.boolean({
      required: true,
      description: 'Must be true: a person is registered only with their informed consent.',
    }),
    consentToShareWithPartners: t.boolean({
      required: false,
      description: 'Consent to sharing with partners for referrals (default false).',
    }),
    consentRecordedHow: t.string({ required: false, description: 'How the consent was recorded.' }),
  }),
});

const NewHouseholdMemberInput = builder.inputType('NewHouseholdMemberInput', {
  description:
    'A member of a new household: a registered person (`beneficiaryId`) or one to register (`person`), not both.',
  fields: (t) => ({
    beneficiaryId: t.id({
      required: false,
      description: 'A person registered at the household’s centre and in no household yet (global id or UUID).',
    }),
    person: t.field({
      type: NewHouseholdPersonInput,
      required: false,
      description:
        'A person to register with the household. Validated like `registerBeneficiary`; problems are named `members.<i>.person.<field>`.',
    }),
    relationshipToHead: t.field({
      type: HouseholdRelationshipEnum,
      required: true,
      description: 'Relationship to the head; exactly one member is HEAD.',
    }),
  }),
});

const CreateHouseholdInput = builder.inputType('CreateHouseholdInput', {
  description: 'A household to register with its members. Validated with @crc/domain `HouseholdCreateSchema`.',
  fields: (t) => ({
    registrationCentreId: t.id({
      required: true,
      description: 'The centre registering the household (global id or UUID); one the key is bound to.',
    }),
    size: t.int({
      required: true,
      description: 'People living in the household, the head included: 1 to 100, at least the members listed.',
    }),
    areaOfResidencePcode: t.string({ required: true, description: 'P-code of the area where the household lives.' }),
    populationGroup: t.field({
      type: PopulationGroupEnum,
      required: true,
      description: 'Displacement status of the household.',
    }),
    registeredOn: t.field({ type: 'Date', required: true, description: 'Date of registration; not in the future.' }),
    members: t.field({
      type: [NewHouseholdMemberInput],
      required: true,
      description: 'The members, exactly one of them HEAD.',
    }),
  }),
});

/** The command's input: ids as UUIDs (global ids accepted), the rest as given. */
function householdOf(input: typeof CreateHouseholdInput.$inferInput): CreateHouseholdCommandInput {
  return {
    ...input,
    registrationCentreId: idFromInput(input.registrationCentreId, 'Centre'),
    members: input.members.map((member) => ({
      ...member,
      beneficiaryId: optionalIdFromInput(member.beneficiaryId, 'Beneficiary'),
    })),
  };
}

const householdResult = (name: string, done: string) => ({
  union: { name: `${name}Result`, description: `The household ${done}, or why nothing was written.` },
  result: { name: `${name}Success`, description: `The household ${done}.` },
  dataField: { name: 'household', description: 'The household as it is now.' },
});

builder.mutationFields((t) => ({
  createHousehold: t.prismaField({
    type: HouseholdRef,
    description:
      'Registers a household with its members (CENTRE_STAFF of its centre, or ADMIN). New members are registered through the same command as `registerBeneficiary` (validation, duplicate check, audit); if any member has possible duplicates and `confirmNotDuplicate` is not true, returns PossibleDuplicates for that member and writes nothing. One transaction.',
    authScopes: { centreStaff: true },
    errors: {
      types: [...COMMON_MUTATION_ERRORS, ForbiddenError, PossibleDuplicatesError],
      ...householdResult('CreateHousehold', 'was registered'),
    },
    args: {
      input: t.arg({ type: CreateHouseholdInput, required: true, description: 'The household and its members.' }),
      confirmNotDuplicate: t.arg.boolean({
        required: false,
        description: 'True after checking the PossibleDuplicates of an earlier call: register the new members anyway.',
      }),
    },
    resolve: async (query, _root, args, context) => {
      const options = { confirmNotDuplicate: args.confirmNotDuplicate === true };
      const result = await createHousehold(
        context.prisma,
        commandActor(context.viewer),
        householdOf(args.input),
        options,
      );
      const { id } = commandValue(result, context, possibleDuplicatesError(context));
      return context.prisma.household.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  addHouseholdMember: t.prismaField({
    type: HouseholdRef,
    description:
      'A registered person of the household’s centre, in no household yet, joins it (CENTRE_STAFF of that centre, or ADMIN); not as head (see `changeHouseholdHead`).',
    authScopes: { centreStaff: true },
    errors: {
      types: [...COMMON_MUTATION_ERRORS, ForbiddenError],
      ...householdResult('AddHouseholdMember', 'with its new member'),
    },
    args: {
      householdId: t.arg.id({ required: true, description: 'The household (global id or UUID).' }),
      beneficiaryId: t.arg.id({ required: true, description: 'The person joining (global id or UUID).' }),
      relationshipToHead: t.arg({
        type: HouseholdRelationshipEnum,
        required: true,
        description: 'Their relationship to the head.',
      }),
    },
    resolve: async (query, _root, args, context) => {
      const result = await addHouseholdMember(context.prisma, commandActor(context.viewer), {
        householdId: idFromInput(args.householdId, 'Household'),
        beneficiaryId: idFromInput(args.beneficiaryId, 'Beneficiary'),
        relationshipToHead: args.relationshipToHead as never,
      });
      const member = commandValue(result, context);
      return context.prisma.household.findUniqueOrThrow({ ...query, where: { id: member.householdId } });
    },
  }),
  removeHouseholdMember: t.prismaField({
    type: HouseholdRef,
    description: 'A member leaves the household (the person stays registered). The head cannot: change the head first.',
    authScopes: { centreStaff: true },
    errors: {
      types: [...COMMON_MUTATION_ERRORS, ForbiddenError],
      ...householdResult('RemoveHouseholdMember', 'without the member'),
    },
    args: {
      householdId: t.arg.id({ required: true, description: 'The household (global id or UUID).' }),
      beneficiaryId: t.arg.id({ required: true, description: 'The member leaving (global id or UUID).' }),
    },
    resolve: async (query, _root, args, context) => {
      const result = await removeHouseholdMember(context.prisma, commandActor(context.viewer), {
        householdId: idFromInput(args.householdId, 'Household'),
        beneficiaryId: idFromInput(args.beneficiaryId, 'Beneficiary'),
      });
      return context.prisma.household.findUniqueOrThrow({ ...query, where: { id: commandValue(result, context).id } });
    },
  }),
  changeHouseholdHead: t.prismaField({
    type: HouseholdRef,
    description:
      'Another member becomes head; the former head stays a member with the relationship given, and relationships restated in `otherRelationships` change.',
    authScopes: { centreStaff: true },
    errors: {
      types: [...COMMON_MUTATION_ERRORS, ForbiddenError],
      ...householdResult('ChangeHouseholdHead', 'with its new head'),
    },
    args: {
      householdId: t.arg.id({ required: true, description: 'The household (global id or UUID).' }),
      newHeadId: t.arg.id({ required: true, description: 'The member who becomes head (global id or UUID).' }),
      formerHeadRelationship: t.arg({
        type: HouseholdRelationshipEnum,
        required: true,
        description: 'The former head’s relationship to the new head.',
      }),
    },
    resolve: async (query, _root, args, context) => {
      const result = await changeHouseholdHead(context.prisma, commandActor(context.viewer), {
        householdId: idFromInput(args.householdId, 'Household'),
        newHeadBeneficiaryId: idFromInput(args.newHeadId, 'Beneficiary'),
        formerHeadRelationship: args.formerHeadRelationship as never,
      });
      return context.prisma.household.findUniqueOrThrow({ ...query, where: { id: commandValue(result, context).id } });
    },
  }),
}));
