import { loadDemoData, revokeApiKey, systemActor, type DemoDataOptions, type Db } from '@crc/db';
import type { Logger } from 'pino';
import { createApiKey } from '../auth/api-keys';
import type { Role } from '../auth/role';

export interface DemoKey {
  readonly role: Role;
  readonly secret: string;
  readonly description: string;
}

const DEMO_KEY_PREFIX = 'demo:';

/** The centre the demo CENTRE_STAFF key is bound to: a CRC, so its beneficiaries include referrals. */
const DEMO_STAFF_CENTRE = 'CRC-JALAWLA';

/**
 * Loads the demo data (idempotent) and issues one fresh key per role. Keys are stored
 * hashed, so earlier demo keys cannot be shown again: they are revoked instead.
 */
export async function prepareDemo(db: Db, logger: Logger, options: DemoDataOptions = {}): Promise<DemoKey[]> {
  const started = performance.now();
  const counts = await loadDemoData(db.prisma, options);
  const inserted = Object.fromEntries(
    Object.entries(counts).map(([table, count]) => [table, count.inserted + count.updated]),
  );
  logger.info({ written: inserted, ms: Math.round(performance.now() - started) }, 'demo data loaded');

  const demo = systemActor('demo');
  const earlierKeys = await db.prisma.apiKey.findMany({
    where: { name: { startsWith: DEMO_KEY_PREFIX }, revokedAt: null },
    select: { id: true },
  });
  for (const key of earlierKeys) await revokeApiKey(db.prisma, demo, { apiKeyId: key.id });
  const partner = await db.prisma.organisation.findFirstOrThrow({
    where: { acronym: 'IOM' },
    select: { id: true, name: true },
  });
  const centre =
    (await db.prisma.centre.findUnique({ where: { code: DEMO_STAFF_CENTRE }, select: { id: true, name: true } })) ??
    (await db.prisma.centre.findFirstOrThrow({ orderBy: { code: 'asc' }, select: { id: true, name: true } }));

  const partnerKey = await createApiKey(
    db.prisma,
    { name: `${DEMO_KEY_PREFIX}partner`, role: 'PARTNER', organisationId: partner.id },
    demo,
  );
  const staffKey = await createApiKey(
    db.prisma,
    { name: `${DEMO_KEY_PREFIX}centre-staff`, role: 'CENTRE_STAFF', centreIds: [centre.id] },
    demo,
  );
  const adminKey = await createApiKey(db.prisma, { name: `${DEMO_KEY_PREFIX}admin`, role: 'ADMIN' }, demo);
  return [
    { role: 'PUBLIC', secret: '(no key)', description: 'reference data, centres, programmes, protected figures' },
    { role: 'PARTNER', secret: partnerKey.secret, description: `bound to ${partner.name}` },
    { role: 'CENTRE_STAFF', secret: staffKey.secret, description: `bound to ${centre.name}` },
    { role: 'ADMIN', secret: adminKey.secret, description: 'everything' },
  ];
}
