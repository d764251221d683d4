import type { Actor } from '../commands/actor';
import type { PrismaClient } from '../generated/prisma/client';

/** Two centres, a partner organisation, a programme and the actors the feedback tests act as. */
export interface FeedbackWorld {
  readonly jalawla: string;
  readonly baiji: string;
  readonly iom: string;
  readonly partner: string;
  readonly programme: string;
  readonly jalawlaStaff: Actor;
  readonly jalawlaFocalPoint: Actor;
  readonly baijiFocalPoint: Actor;
  readonly partnerFocalPoint: Actor;
  readonly partnerKey: Actor;
}

export const FEEDBACK_ADMIN: Actor = { name: 'api-key:admin', role: 'ADMIN', centreIds: new Set() };
export const PUBLIC_READER: Actor = { name: 'public', role: 'PUBLIC', centreIds: new Set() };

export async function seedFeedbackWorld(prisma: PrismaClient): Promise<FeedbackWorld> {
  const [iom, partner] = await Promise.all([
    prisma.organisation.create({
      data: { name: 'International Organization for Migration', acronym: 'IOM', type: 'multilateral' },
    }),
    prisma.organisation.create({ data: { name: 'Legal Aid Partner', type: 'national_ngo' } }),
  ]);
  const [jalawla, baiji] = await Promise.all([
    prisma.centre.create({
      data: { code: 'CRC-JALAWLA', name: 'Jalawla CRC', kind: 'community_resource_centre', areaPcode: 'IQG10Q05N04' },
    }),
    prisma.centre.create({
      data: { code: 'CRC-BAIJI', name: 'Baiji CRC', kind: 'community_resource_centre', areaPcode: 'IQG16Q03' },
    }),
  ]);
  await prisma.centrePartner.create({ data: { centreId: baiji.id, organisationId: iom.id, role: 'implementing' } });
  const programme = await prisma.programme.create({
    data: { code: 'CRP-VI', name: 'CRP VI', leadOrganisationId: iom.id },
  });
  const focal = new Set(['feedback_focal_point'] as const);
  return {
    jalawla: jalawla.id,
    baiji: baiji.id,
    iom: iom.id,
    partner: partner.id,
    programme: programme.id,
    jalawlaStaff: { name: 'api-key:jalawla-staff', role: 'CENTRE_STAFF', centreIds: new Set([jalawla.id]) },
    jalawlaFocalPoint: {
      name: 'api-key:jalawla-focal',
      role: 'CENTRE_STAFF',
      centreIds: new Set([jalawla.id]),
      capabilities: focal,
    },
    baijiFocalPoint: {
      name: 'api-key:baiji-focal',
      role: 'CENTRE_STAFF',
      centreIds: new Set([baiji.id]),
      capabilities: focal,
    },
    partnerFocalPoint: {
      name: 'api-key:partner-focal',
      role: 'PARTNER',
      centreIds: new Set(),
      organisationId: partner.id,
      capabilities: focal,
    },
    partnerKey: { name: 'api-key:partner', role: 'PARTNER', centreIds: new Set(), organisationId: partner.id },
  };
}
