import { loadDemoData, type Db } from '@crc/db';
import type { Logger } from 'pino';
import { createApiKey } from '../auth/api-keys';
import type { Role } from '../auth/role';

export interface DemoKey {
  readonly role: Role;
  readonly secret: string;
  readonly description: string;
}

const DEMO_KEY_PREFIX = 'demo:';

/**
 * Loads the demo data (idempotent) and issues one fresh key per role. Keys are stored
 * hashed, so earlier demo keys cannot be shown again: they are revoked instead.
 */
export async function prepareDemo(db: Db, logger: Logger): Promise<DemoKey[]> {
  const summary = await loadDemoData(db.prisma);
  logger.info({ demo: summary }, 'demo data loaded');

  await db.prisma.apiKey.updateMany({
    where: { name: { startsWith: DEMO_KEY_PREFIX }, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  const partner = await db.prisma.organisation.findFirstOrThrow({ where: { acronym: 'IOM' }, select: { id: true, name: true } });
  const centre = await db.prisma.centre.findFirstOrThrow({ orderBy: { code: 'asc' }, select: { id: true, name: true } });

  const partnerKey = await createApiKey(db.prisma, { name: `${DEMO_KEY_PREFIX}partner`, role: 'PARTNER', organisationId: partner.id });
  const staffKey = await createApiKey(db.prisma, { name: `${DEMO_KEY_PREFIX}centre-staff`, role: 'CENTRE_STAFF', centreIds: [centre.id] });
  const adminKey = await createApiKey(db.prisma, { name: `${DEMO_KEY_PREFIX}admin`, role: 'ADMIN' });
  return [
    { role: 'PUBLIC', secret: '(no key)', description: 'reference data, centres, programmes, suppressed figures' },
    { role: 'PARTNER', secret: partnerKey.secret, description: `bound to ${partner.name}` },
    { role: 'CENTRE_STAFF', secret: staffKey.secret, description: `bound to ${centre.name}` },
    { role: 'ADMIN', secret: adminKey.secret, description: 'everything' },
  ];
}
