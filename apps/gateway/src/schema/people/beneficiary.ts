import type { Beneficiary as BeneficiaryRow } from '@crc/db';
import type { ObjectRef } from '@pothos/core';
import { ageBracketAt, getArea, todayInIraq, type AgeBracket, type PopulationGroup, type Sex } from '@crc/domain';
import { builder } from '../../builder';
import { AdminAreaRef } from '../geography/admin-area';
import { BENEFICIARY_PERSONAL_OUTPUT } from './personal-fields';
import { describedTotalCount } from '../common/total-count';
import { PopulationGroupEnum, SexEnum } from '../common/vocabulary-enums';
import { uuidOrNil } from '../common/ids';

const PERSONAL = 'Personal data: only ADMIN and CENTRE_STAFF of the person’s registration centre may read it (null with a FORBIDDEN error for others).';

/** The person's age bracket today (in Iraq); null without a date of birth. */
function ageBracketToday(beneficiary: BeneficiaryRow): AgeBracket | null {
  if (beneficiary.birthDate === null) return null;
  try {
    return ageBracketAt(beneficiary.birthDate, todayInIraq());
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
  findUnique: (id) => ({ id: uuidOrNil(id, 'Beneficiary') }),
  nullable: true,
  runScopesOnType: true,
  authScopes: (beneficiary) => ({ personalDataAt: beneficiary.registrationCentreId }),
  fields: (t) => ({
    registrationCentreId: t.exposeString('registrationCentreId', { description: 'UUID of the centre where the person is registered.' }),
    registrationCentre: t.relation('registrationCentre', { description: 'The centre where the person is registered.' }),
    areaPcode: t.exposeString('areaPcode', { nullable: true, description: 'P-code of the area of residence.' }),
    area: t.field({
      type: AdminAreaRef,
      nullable: true,
      description: 'Area of residence.',
      resolve: (beneficiary) => {
        const area = beneficiary.areaPcode === null ? undefined : getArea(beneficiary.areaPcode);
        return area === undefined ? null : { ...area };
      },
    }),
    sex: t.field({ type: SexEnum, description: 'Sex as recorded.', resolve: (beneficiary) => beneficiary.sex as Sex }),
    sexLabel: t.string({
      description: '`sex` in the request’s language.',
      resolve: (beneficiary, _args, context) => context.i18n.vocabularyLabel('sexes', beneficiary.sex),
    }),
    populationGroup: t.field({
      type: PopulationGroupEnum,
      description: 'Displacement status.',
      resolve: (beneficiary) => beneficiary.populationGroup as PopulationGroup,
    }),
    populationGroupLabel: t.string({
      description: '`populationGroup` in the request’s language.',
      resolve: (beneficiary, _args, context) => context.i18n.vocabularyLabel('populationGroups', beneficiary.populationGroup),
    }),
    householdSize: t.exposeInt('householdSize', { nullable: true, description: 'People in the household, the person included.' }),
    registeredOn: t.field({ type: 'Date', description: 'Date of registration.', resolve: (beneficiary) => beneficiary.registeredOn }),
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
    // One field per personal field registered in @crc/domain, each guarded on its own.
    ...Object.fromEntries(
      BENEFICIARY_PERSONAL_OUTPUT.map((field) => {
        const options = {
          nullable: true,
          description: `${field.description} ${PERSONAL}`,
          authScopes: (beneficiary: BeneficiaryRow) => ({ personalDataAt: beneficiary.registrationCentreId }),
        } as const;
        return [
          field.name,
          field.type === 'Date'
            ? t.field({ ...options, type: 'Date', resolve: (beneficiary) => beneficiary[field.column] as Date | null })
            : t.string({ ...options, resolve: (beneficiary) => beneficiary[field.column] as string | null }),
        ];
      }),
    ),
    serviceDeliveries: t.relatedConnection(
      'serviceDeliveries',
      {
        cursor: 'id',
        totalCount: true,
        description: 'Services delivered to the person, latest first.',
        query: () => ({ orderBy: [{ deliveredOn: 'desc' as const }, { id: 'asc' as const }] }),
      },
      { name: 'BeneficiaryServiceDeliveryConnection', description: 'A page of services delivered to one person.', fields: describedTotalCount('Number of items in the whole connection (all pages), after filters.') },
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
      { name: 'BeneficiaryReferralConnection', description: 'A page of referrals of one person.', fields: describedTotalCount('Number of items in the whole connection (all pages), after filters.') },
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
