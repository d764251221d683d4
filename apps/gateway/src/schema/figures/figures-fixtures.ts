// Test fixtures for the figures schema: a small, hand-counted set of people and services.
import { createApiKey } from '../../auth/api-keys';
import type { TestGateway } from '../../testing/test-gateway';

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/**
 * Washington Group answers of person n: every fifth person has a lot of difficulty walking
 * (with disability), the next one no difficulty in all six domains (without), the others
 * were not asked (not recorded).
 */
export function washingtonGroupAnswersOf(n: number): Record<string, string> {
  const none = {
    disabilitySeeing: 'no_difficulty',
    disabilityHearing: 'no_difficulty',
    disabilityWalking: 'no_difficulty',
    disabilityCognition: 'no_difficulty',
    disabilitySelfCare: 'no_difficulty',
    disabilityCommunication: 'no_difficulty',
  };
  if (n % 5 === 0) return { ...none, disabilityWalking: 'a_lot_of_difficulty' };
  return n % 5 === 1 ? none : {};
}

/** People per population group and sex; the idp × female cell is 2, every total at least 5. */
export const PEOPLE_BY_GROUP_AND_SEX = {
  idp: { female: 2, male: 9 },
  returnee: { female: 7, male: 8 },
  host_community: { female: 11, male: 6 },
} as const;

export interface FiguresFixture {
  readonly centreId: string;
  readonly programmeId: string;
  readonly keys: { readonly ADMIN: string; readonly PARTNER: string; readonly CENTRE_STAFF: string };
  readonly people: number;
  readonly deliveries: number;
}

/**
 * One centre in Jalawla (Diyala). Every person had legal counselling (twice for every
 * third person: repeats count once); the first 10 also had vocational training under
 * an employment project, so they are in two service-type cells but once in the total.
 * Birth dates: 1990 for most, 2010 for every fourth, none for every seventh.
 */
export async function seedFigures(gw: TestGateway): Promise<FiguresFixture> {
  const prisma = gw.db.prisma;
  const organisation = await prisma.organisation.create({ data: { name: 'Partner', type: 'national_ngo' } });
  const centre = await prisma.centre.create({
    data: { code: 'CRC-FIG', name: 'Figures centre', kind: 'community_resource_centre', areaPcode: 'IQG10Q05N02' },
  });
  const programme = await prisma.programme.create({ data: { code: 'FIG-P', name: 'Figures programme' } });
  const project = (code: string, sector: string) =>
    prisma.project.create({
      data: {
        code,
        programmeId: programme.id,
        title: code,
        type: 'community_assistance_project',
        sector,
        status: 'implementation',
      },
    });
  const employment = await project('FIG-EMP', 'employment');
  const education = await project('FIG-EDU', 'education');

  let n = 0;
  let deliveries = 0;
  for (const [populationGroup, bySex] of Object.entries(PEOPLE_BY_GROUP_AND_SEX)) {
    for (const [sex, count] of Object.entries(bySex)) {
      for (let i = 0; i < count; i++, n++) {
        const person = await prisma.beneficiary.create({
          data: {
            registrationCentreId: centre.id,
            areaOfResidencePcode: n % 2 === 0 ? 'IQG10Q05N02' : 'IQG10Q01N01',
            givenName: `Person ${n}`,
            nameKey: `person ${n}`,
            dateOfBirth: n % 7 === 0 ? null : day(n % 4 === 0 ? '2010-05-01' : '1990-05-01'),
            sex,
            populationGroup,
            registeredOn: day('2024-01-01'),
            ...washingtonGroupAnswersOf(n),
          },
        });
        const services = [
          { serviceType: 'legal_counselling', projectId: education.id },
          ...(n % 3 === 0 ? [{ serviceType: 'legal_counselling', projectId: education.id }] : []),
          ...(n < 10 ? [{ serviceType: 'vocational_training', projectId: employment.id }] : []),
        ];
        await prisma.serviceDelivery.createMany({
          data: services.map((service) => ({
            ...service,
            beneficiaryId: person.id,
            centreId: centre.id,
            deliveredOn: day('2024-03-10'),
          })),
        });
        deliveries += services.length;
      }
    }
  }

  const key = (role: 'ADMIN' | 'PARTNER' | 'CENTRE_STAFF') =>
    createApiKey(prisma, {
      name: `figures ${role}`,
      role,
      ...(role === 'PARTNER' ? { organisationId: organisation.id } : {}),
      ...(role === 'CENTRE_STAFF' ? { centreIds: [centre.id] } : {}),
    }).then((created) => created.secret);
  return {
    centreId: centre.id,
    programmeId: programme.id,
    keys: { ADMIN: await key('ADMIN'), PARTNER: await key('PARTNER'), CENTRE_STAFF: await key('CENTRE_STAFF') },
    people: n,
    deliveries,
  };
}
