import {
  BENEFICIARY_EXAMPLE,
  BENEFICIARY_PERSONAL_FIELDS,
  beneficiaryField,
  type BeneficiaryPersonalFieldName,
} from '@crc/domain';
import type { Prisma } from '@crc/db';
import { createApiKey } from '../../auth/api-keys';
import type { TestGateway } from '../../testing/test-gateway';

/** Jalawla (Diyala) and Hawija (Kirkuk): two centres in different governorates. */
export const AREA_A = 'IQG10Q05N02';
export const AREA_B = 'IQG13Q03';

export interface PeopleFixture {
  readonly centreA: string;
  readonly centreB: string;
  readonly organisation: string;
  /** A person registered at centre A, with one service delivery and one referral. */
  readonly beneficiary: string;
  readonly delivery: string;
  readonly referral: string;
  /** API key secrets by role; PUBLIC has none. */
  readonly keys: {
    readonly PARTNER: string;
    readonly STAFF_A: string;
    readonly STAFF_B: string;
    readonly ADMIN: string;
  };
}

/** The example of every personal field in @crc/domain's registry, so a field added there is seeded too. */
const PERSONAL_EXAMPLES = Object.fromEntries(
  BENEFICIARY_PERSONAL_FIELDS.map((name) => [name, String(BENEFICIARY_EXAMPLE[name])]),
) as Readonly<Record<BeneficiaryPersonalFieldName, string>>;

/** The seeded person's personal values (and their referral's reason), as the API serves them. */
export const PERSON_AT_A = {
  ...PERSONAL_EXAMPLES,
  givenName: 'محمد',
  fatherName: 'حسن',
  familyName: 'علي',
  phone: '07512342550',
  grandfatherName: 'كاظم',
  dateOfBirth: '1990-04-12',
  reason: 'Needs legal help after losing civil documents',
} as const;

/** PERSON_AT_A's personal fields as columns (dates as DATE values). */
function personalColumns(): Pick<Prisma.BeneficiaryUncheckedCreateInput, BeneficiaryPersonalFieldName> {
  return Object.fromEntries(
    BENEFICIARY_PERSONAL_FIELDS.map((name) => {
      const value = PERSON_AT_A[name];
      return [name, beneficiaryField(name).kind === 'date' ? day(value) : value];
    }),
  ) as Pick<Prisma.BeneficiaryUncheckedCreateInput, BeneficiaryPersonalFieldName>;
}

function day(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

/** Two centres, a partner organisation, one person at centre A with a service and a referral, and a key per role. */
export async function seedPeople(gw: TestGateway): Promise<PeopleFixture> {
  const prisma = gw.db.prisma;
  const organisation = await prisma.organisation.create({
    data: { name: 'Legal Aid Partner', type: 'national_ngo' },
    select: { id: true },
  });
  const centreA = await prisma.centre.create({
    data: { code: 'CRC-A', name: 'Centre A', kind: 'community_resource_centre', areaPcode: AREA_A },
    select: { id: true },
  });
  const centreB = await prisma.centre.create({
    data: { code: 'CRC-B', name: 'Centre B', kind: 'community_resource_centre', areaPcode: AREA_B },
    select: { id: true },
  });
  const beneficiary = await prisma.beneficiary.create({
    data: {
      registrationCentreId: centreA.id,
      areaOfResidencePcode: AREA_A,
      ...personalColumns(),
      givenName: PERSON_AT_A.givenName,
      nameKey: 'محمد حسن علي',
      sex: 'male',
      populationGroup: 'returnee',
      householdSize: 5,
      registeredOn: day('2024-01-15'),
    },
    select: { id: true },
  });
  const delivery = await prisma.serviceDelivery.create({
    data: {
      beneficiaryId: beneficiary.id,
      centreId: centreA.id,
      serviceType: 'legal_counselling',
      deliveredOn: day('2024-02-01'),
    },
    select: { id: true },
  });
  const referral = await prisma.referral.create({
    data: {
      beneficiaryId: beneficiary.id,
      fromCentreId: centreA.id,
      toOrganisationId: organisation.id,
      serviceType: 'legal_representation',
      status: 'requested',
      reason: PERSON_AT_A.reason,
      referredOn: day('2024-02-02'),
      statusChanges: { create: [{ fromStatus: null, toStatus: 'requested', changedBy: 'fixture' }] },
    },
    select: { id: true },
  });
  const [partner, staffA, staffB, admin] = await Promise.all([
    createApiKey(prisma, { name: 'partner', role: 'PARTNER', organisationId: organisation.id }),
    createApiKey(prisma, { name: 'staff A', role: 'CENTRE_STAFF', centreIds: [centreA.id] }),
    createApiKey(prisma, { name: 'staff B', role: 'CENTRE_STAFF', centreIds: [centreB.id] }),
    createApiKey(prisma, { name: 'admin', role: 'ADMIN' }),
  ]);
  return {
    centreA: centreA.id,
    centreB: centreB.id,
    organisation: organisation.id,
    beneficiary: beneficiary.id,
    delivery: delivery.id,
    referral: referral.id,
    keys: { PARTNER: partner.secret, STAFF_A: staffA.secret, STAFF_B: staffB.secret, ADMIN: admin.secret },
  };
}
