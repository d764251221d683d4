// Seeding helpers for the centre tests (not a test file: vitest only runs *.test.ts).
import type { PrismaClient } from '@crc/db';

export interface OrganisationSeed {
  readonly name: string;
  readonly acronym?: string;
  readonly type: string;
  readonly iatiRef?: string;
}

export async function seedOrganisation(prisma: PrismaClient, seed: OrganisationSeed): Promise<string> {
  const organisation = await prisma.organisation.create({ data: seed, select: { id: true } });
  return organisation.id;
}

export interface CentreSeed {
  readonly code: string;
  readonly name: string;
  readonly nameAr?: string;
  readonly nameCkb?: string;
  readonly kind?: string;
  readonly areaPcode: string;
  readonly openingDays?: readonly string[];
  readonly services?: readonly string[];
  readonly partners?: readonly { readonly organisationId: string; readonly role: string }[];
}

export async function seedCentre(prisma: PrismaClient, seed: CentreSeed): Promise<string> {
  const { services = [], partners = [], openingDays, kind = 'community_resource_centre', ...fields } = seed;
  const centre = await prisma.centre.create({
    data: {
      ...fields,
      kind,
      ...(openingDays ? { openingDays: [...openingDays] } : {}),
      services: { create: services.map((serviceType) => ({ serviceType })) },
      partners: { create: partners.map((partner) => ({ ...partner })) },
    },
    select: { id: true },
  });
  return centre.id;
}
