import type { TestGateway } from '../../testing/test-gateway';

/** Rows of every table a people mutation writes, to prove a refused one wrote nothing. */
export async function peopleRowCounts(gw: TestGateway) {
  const prisma = gw.db.prisma;
  const [beneficiaries, serviceDeliveries, referrals, referralStatusChanges, auditLog] = await Promise.all([
    prisma.beneficiary.count(),
    prisma.serviceDelivery.count(),
    prisma.referral.count(),
    prisma.referralStatusChange.count(),
    prisma.auditLog.count(),
  ]);
  return { beneficiaries, serviceDeliveries, referrals, referralStatusChanges, auditLog };
}
