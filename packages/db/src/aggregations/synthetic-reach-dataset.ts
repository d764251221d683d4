// Test fixture: a deterministic synthetic dataset for comparing SQL aggregations with @crc/metrics.
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { randomFor } from '../demo/random';

/** A fixed UUID per kind and number, so that ids (and so any id order) are the same every run. */
function fixedId(kind: number, n: number): string {
  return `00000000-0000-4000-8${String(kind).padStart(3, '0')}-${String(n).padStart(12, '0')}`;
}

/** Areas of residence at every level (rolled up to a coarser level, some are coarser than asked). */
export const SYNTHETIC_AREAS = [
  'IQG10Q05N02',
  'IQG10Q05N01',
  'IQG10Q01N03',
  'IQG10Q02',
  'IQG10',
  'IQG15Q01N01',
  'IQG15Q02N01',
  'IQG15Q02',
  'IQG01',
] as const;
export const SYNTHETIC_SERVICE_TYPES = [
  'legal_counselling',
  'vocational_training',
  'psychosocial_support',
  'awareness_raising',
  'cash_for_work',
  'childcare',
] as const;
const SEXES = ['female', 'female', 'male', 'male', 'not_recorded'] as const;
const GROUPS = ['idp', 'returnee', 'host_community', 'refugee'] as const;

export interface SyntheticDataset {
  readonly centreIds: readonly string[];
  readonly programmeIds: readonly string[];
  readonly projectIds: readonly string[];
  readonly people: number;
  readonly deliveries: number;
  readonly fundings: number;
}

/**
 * About 320 people with 1 to 6 deliveries each (repeats of the same service included),
 * 15% without a birth date (some born on 29 February, some on the reference date's
 * day), 10% without an area, areas at all three levels; 3 centres, 2 programmes, 5
 * projects in 4 sectors, 15% of deliveries outside any project; funding with cents in
 * several transaction types, some at programme level (no project, so no sector).
 */
export async function insertSyntheticDataset(prisma: PrismaClient, seed = 20240601): Promise<SyntheticDataset> {
  const generator = randomFor(seed, 'synthetic-reach-dataset');
  const random = generator.next;
  const pick = generator.pick;
  const integer = generator.int;

  const donor = await prisma.organisation.create({
    data: { id: fixedId(1, 1), name: 'Synthetic donor', type: 'government' },
  });
  const centreIds = [1, 2, 3].map((n) => fixedId(2, n));
  await prisma.centre.createMany({
    data: centreIds.map((id, i) => ({
      id,
      code: `CRC-SYN-${i + 1}`,
      name: `Centre ${i + 1}`,
      kind: 'community_resource_centre',
      areaPcode: ['IQG10Q05N02', 'IQG10Q01', 'IQG15Q01N01'][i]!,
    })),
  });
  const programmeIds = [1, 2].map((n) => fixedId(3, n));
  await prisma.programme.createMany({
    data: programmeIds.map((id, i) => ({ id, code: `SYN-P${i + 1}`, name: `Programme ${i + 1}` })),
  });
  const projectSpecs = [
    { programme: 0, sector: 'education' },
    { programme: 0, sector: 'employment' },
    { programme: 0, sector: 'conflict_prevention' },
    { programme: 1, sector: 'employment' },
    { programme: 1, sector: 'health' },
  ];
  const projectIds = projectSpecs.map((_, i) => fixedId(4, i + 1));
  await prisma.project.createMany({
    data: projectSpecs.map((spec, i) => ({
      id: projectIds[i]!,
      code: `SYN-PRJ-${i + 1}`,
      programmeId: programmeIds[spec.programme]!,
      title: `Project ${i + 1}`,
      type: 'community_assistance_project',
      sector: spec.sector,
      status: 'implementation',
    })),
  });

  const people = 320;
  const beneficiaries: Prisma.BeneficiaryCreateManyInput[] = [];
  for (let n = 1; n <= people; n++) {
    const roll = random();
    // Birth dates: missing, 29 February, the day of the reference date (2024-06-30), or any day.
    const dateOfBirth =
      roll < 0.15
        ? null
        : roll < 0.2
          ? new Date(Date.UTC(pick([1960, 2000, 2012, 2020]), 1, 29))
          : roll < 0.25
            ? new Date(Date.UTC(integer(1950, 2023), 5, 30))
            : new Date(Date.UTC(integer(1940, 2023), integer(0, 11), integer(1, 28)));
    beneficiaries.push({
      id: fixedId(5, n),
      registrationCentreId: pick(centreIds),
      areaOfResidencePcode: random() < 0.1 ? null : pick(SYNTHETIC_AREAS),
      givenName: `Person ${n}`,
      nameKey: `person ${n}`,
      dateOfBirth,
      sex: pick(SEXES),
      populationGroup: pick(GROUPS),
      registeredOn: new Date(Date.UTC(2023, 0, 1)),
    });
  }
  await prisma.beneficiary.createMany({ data: beneficiaries });

  const deliveries: Prisma.ServiceDeliveryCreateManyInput[] = [];
  for (const person of beneficiaries) {
    const count = integer(1, 6);
    const usual = pick(SYNTHETIC_SERVICE_TYPES);
    for (let k = 0; k < count; k++) {
      deliveries.push({
        beneficiaryId: person.id!,
        centreId: pick(centreIds),
        projectId: random() < 0.15 ? null : pick(projectIds),
        // Half the time the person's usual service again: repeats must count once.
        serviceType: random() < 0.5 ? usual : pick(SYNTHETIC_SERVICE_TYPES),
        deliveredOn: new Date(Date.UTC(integer(2023, 2024), integer(0, 11), integer(1, 28))),
      });
    }
  }
  await prisma.serviceDelivery.createMany({ data: deliveries });

  const fundings: Prisma.FundingCreateManyInput[] = [];
  for (let n = 0; n < 48; n++) {
    const atProgrammeLevel = n % 8 === 7;
    const project = projectSpecs[n % projectSpecs.length]!;
    fundings.push({
      programmeId: atProgrammeLevel ? programmeIds[n % 2]! : null,
      projectId: atProgrammeLevel ? null : projectIds[n % projectSpecs.length]!,
      donorOrganisationId: donor.id,
      // Cents that a float sum would get wrong (0.1 + 0.2), and large amounts.
      amount: `${integer(1, 2_500_000)}.${String(integer(0, 99)).padStart(2, '0')}`,
      currency: 'USD',
      transactionType: pick(['incoming_commitment', 'outgoing_commitment', 'disbursement', 'expenditure']),
      transactionDate: new Date(Date.UTC(2023, integer(0, 11), integer(1, 28))),
      description: `${project.sector} funding ${n}`,
    });
  }
  await prisma.funding.createMany({ data: fundings });

  return { centreIds, programmeIds, projectIds, people, deliveries: deliveries.length, fundings: fundings.length };
}
