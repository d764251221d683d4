import { afterAll, beforeAll } from 'vitest';
import type { Db } from '../create-db';
import { loadReferenceData } from '../reference/load-reference-data';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import type { PrismaClient } from '../generated/prisma/client';
import type { Actor } from './actor';

/** Records the command tests act on, written directly (the commands under test are not used to set them up). */
export interface CommandWorld {
  readonly iom: string;
  readonly eu: string;
  readonly usa: string;
  readonly crp6: string;
  readonly awda: string;
  /** A CRP VI project in Diyala, started 2018-01-01, open-ended, with IOM implementing. */
  readonly project: string;
  readonly projectCode: string;
  /** A second project, whose code is taken. */
  readonly otherProjectCode: string;
  /** Two centres in Diyala (Khanaqin district) and Kirkuk. */
  readonly jalawla: string;
  readonly kirkuk: string;
  /** A person registered at Jalawla, and one at Kirkuk. */
  readonly jalawlaPerson: string;
  readonly kirkukPerson: string;
}

/** A CENTRE_STAFF actor bound to these centres. */
export function staffOf(...centreIds: string[]): Actor {
  return { name: `api-key:staff-${centreIds.length}`, role: 'CENTRE_STAFF', centreIds: new Set(centreIds) };
}

export const ADMIN: Actor = { name: 'api-key:admin-test', role: 'ADMIN', centreIds: new Set() };

export async function seedCommandWorld(prisma: PrismaClient): Promise<CommandWorld> {
  const [iom, eu, usa] = await Promise.all([
    prisma.organisation.create({
      data: { name: 'International Organization for Migration', acronym: 'IOM', type: 'multilateral' },
    }),
    prisma.organisation.create({ data: { name: 'European Union', acronym: 'EU', type: 'multilateral' } }),
    prisma.organisation.create({ data: { name: 'United States', acronym: 'USA', type: 'government' } }),
  ]);
  const [crp6, awda] = await Promise.all([
    prisma.programme.create({
      data: { code: 'CRP-VI', name: 'Community Revitalization Programme VI', leadOrganisationId: iom.id },
    }),
    prisma.programme.create({ data: { code: 'AWDA', name: 'AWDA AMINA', leadOrganisationId: iom.id } }),
  ]);
  const project = await prisma.project.create({
    data: {
      code: 'DIY-HEA',
      programmeId: crp6.id,
      title: 'Project DIY-HEA',
      type: 'community_assistance_project',
      sector: 'health',
      status: 'implementation',
      areaPcode: 'IQG10',
      implementingOrganisationId: iom.id,
      startDate: new Date('2018-01-01T00:00:00Z'),
      donors: { create: [{ organisationId: eu.id }] },
    },
  });
  await prisma.project.create({
    data: {
      code: 'KRK-EDU',
      programmeId: crp6.id,
      title: 'Project KRK-EDU',
      type: 'quick_impact_project',
      sector: 'education',
      status: 'implementation',
    },
  });
  await prisma.funding.create({
    data: {
      programmeId: crp6.id,
      projectId: project.id,
      donorOrganisationId: eu.id,
      recipientOrganisationId: iom.id,
      transactionType: 'incoming_commitment',
      amount: '1000.00',
      currency: 'USD',
      transactionDate: new Date('2018-02-01T00:00:00Z'),
    },
  });
  const [jalawla, kirkuk] = await Promise.all([
    prisma.centre.create({
      data: { code: 'CRC-JALAWLA', name: 'Jalawla CRC', kind: 'community_resource_centre', areaPcode: 'IQG10Q05' },
    }),
    prisma.centre.create({
      data: { code: 'CC-KIRKUK', name: 'Kirkuk CC', kind: 'community_centre', areaPcode: 'IQG13' },
    }),
  ]);
  const person = (registrationCentreId: string, givenName: string) =>
    prisma.beneficiary.create({
      data: {
        registrationCentreId,
        givenName,
        familyName: 'Test',
        nameKey: `${givenName} test`,
        sex: 'female',
        populationGroup: 'idp',
        registeredOn: new Date('2018-01-10T00:00:00Z'),
      },
    });
  const [jalawlaPerson, kirkukPerson] = await Promise.all([person(jalawla.id, 'Amira'), person(kirkuk.id, 'Huda')]);
  return {
    jalawlaPerson: jalawlaPerson.id,
    kirkukPerson: kirkukPerson.id,
    iom: iom.id,
    eu: eu.id,
    usa: usa.id,
    crp6: crp6.id,
    awda: awda.id,
    project: project.id,
    projectCode: 'DIY-HEA',
    otherProjectCode: 'KRK-EDU',
    jalawla: jalawla.id,
    kirkuk: kirkuk.id,
  };
}

/** Rows per table a command may write, to show that a refused command wrote nothing. */
export async function writtenRows(prisma: PrismaClient) {
  const [
    projects,
    projectDonors,
    funding,
    engagementEvents,
    beneficiaries,
    serviceDeliveries,
    referrals,
    statusChanges,
    auditLog,
  ] = await Promise.all([
    prisma.project.count(),
    prisma.projectDonor.count(),
    prisma.funding.count(),
    prisma.engagementEvent.count(),
    prisma.beneficiary.count(),
    prisma.serviceDelivery.count(),
    prisma.referral.count(),
    prisma.referralStatusChange.count(),
    prisma.auditLog.count(),
  ]);
  return {
    projects,
    projectDonors,
    funding,
    engagementEvents,
    beneficiaries,
    serviceDeliveries,
    referrals,
    statusChanges,
    auditLog,
  };
}

/** What `useCommandWorld` opens for a test file. */
export interface OpenedCommandWorld {
  readonly testDb: TestDatabase;
  readonly db: Db;
  readonly world: CommandWorld;
}

/**
 * A test file's own database with the reference data and the command world: opened before
 * the file's tests (handed to `receive`), closed and dropped after them.
 */
export function useCommandWorld(receive: (opened: OpenedCommandWorld) => void): void {
  let testDb: TestDatabase | undefined;
  let db: Db | undefined;
  beforeAll(async () => {
    testDb = await createTestDatabase();
    db = await testDb.open();
    await loadReferenceData(db.prisma);
    receive({ testDb, db, world: await seedCommandWorld(db.prisma) });
  }, 120_000);
  afterAll(async () => {
    await db?.close();
    await testDb?.drop();
  });
}
