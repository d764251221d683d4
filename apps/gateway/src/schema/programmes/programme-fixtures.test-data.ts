// A small CRP-like world for the programme, project, funding, engagement and indicator
// tests (not a test file: vitest only runs *.test.ts).
import type { PrismaClient } from '@crc/db';
import { createApiKey } from '../../auth/api-keys';

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

export interface ProgrammeWorld {
  readonly eu: string;
  readonly usa: string;
  readonly iom: string;
  readonly crp6: string;
  readonly rrp: string;
  readonly jalawlaCentre: string;
  readonly mosulCentre: string;
  /** Projects by code. */
  readonly projects: Readonly<Record<'DIY-EDU' | 'DIY-HEA' | 'JAL-WAT' | 'MOS-EDU' | 'RRP-ENE', string>>;
  readonly keys: { readonly admin: string; readonly staff: string; readonly partner: string };
}

/**
 * Two programmes; CRP VI has four projects in Diyala (one in the Jalawla sub-district)
 * and Ninewa, funded by the EU and the USA; RRP has one. Keys: ADMIN, CENTRE_STAFF of
 * the Jalawla centre, PARTNER of IOM.
 */
export async function seedProgrammeWorld(prisma: PrismaClient): Promise<ProgrammeWorld> {
  const org = async (name: string, acronym: string, type: string) =>
    (await prisma.organisation.create({ data: { name, acronym, type }, select: { id: true } })).id;
  const eu = await org('European Union', 'EU', 'multilateral');
  const usa = await org('United States of America', 'USA', 'government');
  const iom = await org('International Organization for Migration', 'IOM', 'multilateral');

  const programme = async (code: string, name: string, startDate: string) =>
    (
      await prisma.programme.create({
        data: { code, name, startDate: day(startDate), leadOrganisationId: iom },
        select: { id: true },
      })
    ).id;
  const crp6 = await programme('CRP-VI', 'Community Revitalization Programme VI', '2017-07-01');
  const rrp = await programme('RRP', 'Recovery and Resilience Programme', '2019-01-01');

  const project = async (
    code: string,
    programmeId: string,
    fields: { sector: string; status: string; type: string; areaPcode: string },
    donorIds: readonly string[] = [],
  ) =>
    (
      await prisma.project.create({
        data: {
          code,
          programmeId,
          title: `Project ${code}`,
          ...fields,
          startDate: day('2018-01-01'),
          targetIndividuals: 500,
          donors: { create: donorIds.map((organisationId) => ({ organisationId })) },
        },
        select: { id: true },
      })
    ).id;
  const projects = {
    'DIY-EDU': await project(
      'DIY-EDU',
      crp6,
      { sector: 'education', status: 'implementation', type: 'community_assistance_project', areaPcode: 'IQG10Q05' },
      [eu],
    ),
    'DIY-HEA': await project('DIY-HEA', crp6, {
      sector: 'health',
      status: 'closed',
      type: 'quick_impact_project',
      areaPcode: 'IQG10Q01',
    }),
    'JAL-WAT': await project('JAL-WAT', crp6, {
      sector: 'water_and_sanitation',
      status: 'implementation',
      type: 'community_assistance_project',
      areaPcode: 'IQG10Q05N04',
    }),
    'MOS-EDU': await project('MOS-EDU', crp6, {
      sector: 'education',
      status: 'pipeline',
      type: 'community_service_project',
      areaPcode: 'IQG15Q05',
    }),
    'RRP-ENE': await project('RRP-ENE', rrp, {
      sector: 'energy',
      status: 'implementation',
      type: 'quick_impact_project',
      areaPcode: 'IQG10Q05',
    }),
  };

  const centre = async (code: string, areaPcode: string) =>
    (
      await prisma.centre.create({
        data: { code, name: code, kind: 'community_resource_centre', areaPcode },
        select: { id: true },
      })
    ).id;
  const jalawlaCentre = await centre('CRC-JALAWLA', 'IQG10Q05N04');
  const mosulCentre = await centre('CRC-MOSUL', 'IQG15Q05');

  const admin = await createApiKey(prisma, { name: 'test admin', role: 'ADMIN' });
  const staff = await createApiKey(prisma, { name: 'test staff', role: 'CENTRE_STAFF', centreIds: [jalawlaCentre] });
  const partner = await createApiKey(prisma, { name: 'test partner', role: 'PARTNER', organisationId: iom });

  return {
    eu,
    usa,
    iom,
    crp6,
    rrp,
    jalawlaCentre,
    mosulCentre,
    projects,
    keys: { admin: admin.secret, staff: staff.secret, partner: partner.secret },
  };
}

/** How many rows a write may have touched: the tables these mutations write, and the audit log. */
export async function rowCounts(prisma: PrismaClient) {
  const [projects, projectDonors, funding, engagementEvents, auditLog] = await Promise.all([
    prisma.project.count(),
    prisma.projectDonor.count(),
    prisma.funding.count(),
    prisma.engagementEvent.count(),
    prisma.auditLog.count(),
  ]);
  return { projects, projectDonors, funding, engagementEvents, auditLog };
}
