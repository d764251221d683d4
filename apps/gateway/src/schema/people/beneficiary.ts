import {
  beneficiaryIdsMatchingName,
  consentOf,
  NAME_SEARCH_LIMIT,
  registerBeneficiary,
  type Beneficiary as BeneficiaryRow,
  type Prisma,
  type PrismaClient,
} from '@crc/db';
import type { ObjectRef } from '@pothos/core';
import {
  ageBracketAt,
  consentAllows,
  getArea,
  todayInIraq,
  type AgeBracket,
  type BeneficiaryFieldName,
} from '@crc/domain';
import { builder } from '../../builder';
import { vocabularyField } from '../common/vocabulary-field';
import { commandActor, type Viewer } from '../../auth/viewer';
import { ForbiddenError } from '../../errors/forbidden-error';
import { AdminAreaRef } from '../geography/admin-area';
import { describedTotalCount } from '../common/total-count';
import { PopulationGroupEnum, SexEnum } from '../common/vocabulary-enums';
import { uuidOrNil } from '../common/ids';
import { COMMON_MUTATION_ERRORS } from '../common/errors';
import { commandValue } from '../common/command-value';
import '../common/forbidden-error-type';
import { beneficiaryInputFields, beneficiaryOutputFields, registrationOf } from './beneficiary-fields';
import { peopleCentresOf, visibleBeneficiaries } from './people-access';
import { PossibleDuplicatesError, possibleDuplicatesError } from './duplicate-candidates';

/** The phone is for calling the person: not served once they withdrew consent to be contacted. */
function servedUnderConsent(beneficiary: BeneficiaryRow, name: BeneficiaryFieldName): boolean {
  return name !== 'phone' || consentAllows(consentOf(beneficiary), 'contact');
}

/** The person's age bracket today (in Iraq); null without a date of birth. */
function ageBracketToday(beneficiary: BeneficiaryRow): AgeBracket | null {
  if (beneficiary.dateOfBirth === null) return null;
  try {
    return ageBracketAt(beneficiary.dateOfBirth, todayInIraq());
  } catch {
    return null; // a birth date after today (clock skew, bad import): no bracket rather than a failed query
  }
}

/**
 * A registered person. The whole type is restricted: every Beneficiary object is
 * checked against the viewer (runScopesOnType), however it was reached, and every
 * personal field is checked again on its own.
 */
const BeneficiaryRef = builder.prismaNode('Beneficiary', {
  description:
    'A person registered at a centre. Visible only to ADMIN and to CENTRE_STAFF of the centre where the person is registered; the name, phone and date of birth are personal data.',
  id: { field: 'id' },
  // node(id)/nodes(ids) look the person up among those the viewer may see: a hidden
  // person is null without an error, exactly like an id nobody has.
  findUnique: (id, context) => ({ id: uuidOrNil(id, 'Beneficiary'), AND: [visibleBeneficiaries(context.viewer)] }),
  nullable: true,
  runScopesOnType: true,
  authScopes: (beneficiary) => ({ personalDataAt: beneficiary.registrationCentreId }),
  fields: (t) => ({
    registrationCentreId: t.exposeString('registrationCentreId', {
      description: 'UUID of the centre where the person is registered.',
    }),
    registrationCentre: t.relation('registrationCentre', { description: 'The centre where the person is registered.' }),
    areaOfResidencePcode: t.exposeString('areaOfResidencePcode', {
      nullable: true,
      description: 'P-code of the area of residence.',
    }),
    areaPcode: t.exposeString('areaOfResidencePcode', {
      nullable: true,
      description: 'P-code of the area of residence.',
      deprecationReason: 'Use `areaOfResidencePcode` (the same value under the name the input and @crc/domain use).',
    }),
    area: t.field({
      type: AdminAreaRef,
      nullable: true,
      description: 'Area of residence.',
      resolve: (beneficiary) => {
        const area = beneficiary.areaOfResidencePcode === null ? undefined : getArea(beneficiary.areaOfResidencePcode);
        return area === undefined ? null : { ...area };
      },
    }),
    ...vocabularyField(t, 'sex', { type: SexEnum, vocabulary: 'sexes', description: 'Sex as recorded.' }),
    ...vocabularyField(t, 'populationGroup', {
      type: PopulationGroupEnum,
      vocabulary: 'populationGroups',
      description: 'Displacement status.',
    }),
    registeredOn: t.field({
      type: 'Date',
      description: 'Date of registration.',
      resolve: (beneficiary) => beneficiary.registeredOn,
    }),
    ageBracket: t.string({
      nullable: true,
      description: 'Age bracket today (0-5, 6-17, 18-59, 60+); null when the date of birth is unknown.',
      resolve: (beneficiary) => ageBracketToday(beneficiary)?.code ?? null,
    }),
    ageBracketLabel: t.string({
      nullable: true,
      description: '`ageBracket` in the request’s language, e.g. “18–59 years”.',
      resolve: (beneficiary, _args, context) => {
        const bracket = ageBracketToday(beneficiary);
        return bracket === null ? null : context.i18n.ageBracketLabel(bracket);
      },
    }),
    // The other fields of @crc/domain's BENEFICIARY_FIELDS, personal ones guarded each on its own.
    ...beneficiaryOutputFields(t, servedUnderConsent),
    serviceDeliveries: t.relatedConnection(
      'serviceDeliveries',
      {
        cursor: 'id',
        totalCount: true,
        description: 'Services delivered to the person, latest first.',
        query: () => ({ orderBy: [{ deliveredOn: 'desc' as const }, { id: 'asc' as const }] }),
      },
      {
        name: 'BeneficiaryServiceDeliveryConnection',
        description: 'A page of services delivered to one person.',
        fields: describedTotalCount('Number of items in the whole connection (all pages), after filters.'),
      },
      { name: 'BeneficiaryServiceDeliveryEdge', description: 'A service delivered to the person, with its cursor.' },
    ),
    referrals: t.relatedConnection(
      'referrals',
      {
        cursor: 'id',
        totalCount: true,
        description: 'Referrals of the person, latest first.',
        query: () => ({ orderBy: [{ referredOn: 'desc' as const }, { id: 'asc' as const }] }),
      },
      {
        name: 'BeneficiaryReferralConnection',
        description: 'A page of referrals of one person.',
        fields: describedTotalCount('Number of items in the whole connection (all pages), after filters.'),
      },
      { name: 'BeneficiaryReferralEdge', description: 'A referral of the person, with its cursor.' },
    ),
  }),
});

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/**
 * The Beneficiary type for fields outside the prisma plugin (a typed ref: the inferred
 * prismaNode type names @crc/db's internal declaration chunk, which an exported
 * declaration may not).
 */
export const BeneficiaryObject: ObjectRef<Types, BeneficiaryRow> = BeneficiaryRef;

export const BeneficiaryFilterInput = builder.inputType('BeneficiaryFilter', {
  description:
    'Narrows `beneficiaries`; all given conditions must hold. Rows outside the caller’s centres are never returned.',
  fields: (t) => ({
    centreId: t.id({ required: false, description: 'The registration centre (global id or UUID).' }),
    areaPcode: t.string({
      required: false,
      description:
        'P-code of an area: people living in it or in any area inside it (a governorate includes its districts).',
    }),
    sex: t.field({ type: SexEnum, required: false, description: 'Only people of this recorded sex.' }),
    populationGroup: t.field({
      type: PopulationGroupEnum,
      required: false,
      description: 'Only people of this population group.',
    }),
    search: t.string({
      required: false,
      description: `A name in any script and spelling, searched in the database: the folded name contains it (\`فاطمه\` finds \`فاطمة حسين\`), or it sounds alike word by word across scripts (\`Mohammed\` finds \`محمد\`). At most the ${NAME_SEARCH_LIMIT} best matches that meet the other conditions are kept.`,
    }),
  }),
});

export type BeneficiaryFilter = typeof BeneficiaryFilterInput.$inferInput;

/**
 * The where clause for a filter, always within the people the viewer may see, and never a
 * record merged into another (mergeDuplicatePair): the kept record is the person now, so
 * the merged one leaves the lists, the search and the counts (it stays for the audit
 * trail, reachable by id).
 */
export async function beneficiaryWhere(
  prisma: PrismaClient,
  viewer: Viewer,
  filter: BeneficiaryFilter | null | undefined,
): Promise<Prisma.BeneficiaryWhereInput> {
  const conditions: Prisma.BeneficiaryWhereInput[] = [visibleBeneficiaries(viewer), { mergedIntoId: null }];
  if (filter?.centreId) conditions.push({ registrationCentreId: uuidOrNil(String(filter.centreId), 'Centre') });
  if (filter?.areaPcode) conditions.push({ areaOfResidencePcode: { startsWith: filter.areaPcode } });
  if (filter?.sex) conditions.push({ sex: filter.sex });
  if (filter?.populationGroup) conditions.push({ populationGroup: filter.populationGroup });
  const where: Prisma.BeneficiaryWhereInput = { AND: conditions };
  const search = filter?.search?.trim();
  if (!search) return where;
  // In the database, on the pg_trgm indexes (@crc/db): nothing is scored on the event loop.
  // The other conditions go into the same statement, before its limit of best matches.
  const ids = await beneficiaryIdsMatchingName(prisma, {
    search,
    centreIds: peopleCentresOf(viewer),
    where: {
      unmergedOnly: true,
      ...(filter?.centreId ? { registrationCentreId: uuidOrNil(String(filter.centreId), 'Centre') } : {}),
      ...(filter?.areaPcode ? { areaPcodePrefix: filter.areaPcode } : {}),
      ...(filter?.sex ? { sex: filter.sex } : {}),
      ...(filter?.populationGroup ? { populationGroup: filter.populationGroup } : {}),
    },
  });
  return { AND: [where, { id: { in: ids } }] };
}

/** The where clause is computed once per field call and shared by the page and its totalCount. */
const whereByArgs = new WeakMap<object, Promise<Prisma.BeneficiaryWhereInput>>();

builder.queryFields((t) => ({
  beneficiaries: t.prismaConnection(
    {
      type: BeneficiaryRef,
      cursor: 'id',
      nullable: true,
      description:
        'People registered at centres, latest registration first; a record merged into another (duplicate review) is not listed, searched or counted: the record kept is the person. CENTRE_STAFF see only the people of their own centres (a `centreId` of another centre gives an empty page); ADMIN see everyone. PUBLIC and PARTNER are refused: null with a FORBIDDEN error.',
      authScopes: { centreStaff: true },
      args: {
        filter: t.arg({
          type: BeneficiaryFilterInput,
          required: false,
          description: 'Conditions the people must meet.',
        }),
      },
      resolve: async (query, _root, args, context) => {
        const where = beneficiaryWhere(context.prisma, context.viewer, args.filter);
        whereByArgs.set(args, where);
        return context.prisma.beneficiary.findMany({
          ...query,
          where: await where,
          orderBy: [{ registeredOn: 'desc' }, { id: 'asc' }],
        });
      },
      totalCount: async (_root, args, context) =>
        context.prisma.beneficiary.count({
          where: await (whereByArgs.get(args) ?? beneficiaryWhere(context.prisma, context.viewer, args.filter)),
        }),
    },
    {
      name: 'BeneficiaryConnection',
      description: 'A page of registered people.',
      fields: describedTotalCount('Number of items in the whole connection (all pages), after filters.'),
    },
    { name: 'BeneficiaryEdge', description: 'A registered person, with its cursor.' },
  ),
  beneficiary: t.prismaField({
    type: BeneficiaryRef,
    nullable: true,
    description:
      'One registered person by global id (or UUID). Null when no person has that id or the person is registered at a centre the caller’s key is not bound to (the answer does not tell which). PUBLIC and PARTNER are refused with FORBIDDEN.',
    authScopes: { centreStaff: true },
    args: { id: t.arg.id({ required: true, description: 'The person’s global `id` (or UUID).' }) },
    resolve: (query, _root, args, context) =>
      context.prisma.beneficiary.findFirst({
        ...query,
        where: { AND: [{ id: uuidOrNil(String(args.id), 'Beneficiary') }, visibleBeneficiaries(context.viewer)] },
      }),
  }),
}));

const RegisterBeneficiaryInput = builder.inputType('RegisterBeneficiaryInput', {
  description:
    'A person to register. Validated with @crc/domain `BeneficiaryCreateSchema`: every problem comes back in one ValidationError naming its field, in the request’s language.',
  fields: (t) => beneficiaryInputFields(t),
});

builder.mutationField('registerBeneficiary', (t) =>
  t.prismaField({
    type: BeneficiaryRef,
    description:
      'Registers a person at a centre (CENTRE_STAFF of that centre, or ADMIN). First looks for people already registered who may be the same person (same area, same birth year, same or similar name in any script, among the people the caller may see): if there are any and `confirmNotDuplicate` is not true, returns PossibleDuplicates and writes nothing. Otherwise writes the person and an audit-log row in one transaction.',
    authScopes: { centreStaff: true },
    errors: {
      types: [...COMMON_MUTATION_ERRORS, ForbiddenError, PossibleDuplicatesError],
      union: {
        name: 'RegisterBeneficiaryResult',
        description: 'The registered person, possible duplicates, or why nothing was written.',
      },
      result: { name: 'RegisterBeneficiarySuccess', description: 'The person was registered.' },
      dataField: { name: 'beneficiary', description: 'The registered person.' },
    },
    args: {
      input: t.arg({ type: RegisterBeneficiaryInput, required: true, description: 'The person to register.' }),
      confirmNotDuplicate: t.arg.boolean({
        required: false,
        description:
          'True after checking the PossibleDuplicates of an earlier call: register even though similar people exist.',
      }),
    },
    resolve: async (query, _root, args, context) => {
      const result = await registerBeneficiary(
        context.prisma,
        commandActor(context.viewer),
        registrationOf(args.input),
        {
          confirmNotDuplicate: args.confirmNotDuplicate === true,
        },
      );
      const { id } = commandValue(result, context, possibleDuplicatesError(context));
      return context.prisma.beneficiary.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
);
