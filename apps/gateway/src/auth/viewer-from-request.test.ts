import { loadReferenceData, revokeApiKey, systemActor, type Db } from '@crc/db';
import { createTestDatabase, TEST_DATABASE_KIND, type TestDatabase } from '@crc/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from './api-keys';
import { viewerFromRequest } from './viewer-from-request';
import { PUBLIC_VIEWER } from './viewer';

let testDb: TestDatabase;
let db: Db;
let organisationId: string;
let centreIds: string[];

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = await testDb.open();
  await loadReferenceData(db.prisma);
  organisationId = (await db.prisma.organisation.create({ data: { name: 'Partner', type: 'national_ngo' } })).id;
  const area = await db.prisma.adminArea.findFirstOrThrow({ where: { level: 'subdistrict' } });
  centreIds = [];
  for (const code of ['CRC-B', 'CRC-A'])
    centreIds.push(
      (await db.prisma.centre.create({ data: { code, name: code, kind: 'crc', areaPcode: area.pcode } })).id,
    );
});

afterAll(async () => {
  await db.close();
  await testDb.drop();
});

const asking = (authorization?: string) =>
  new Request('http://gateway.test/graphql', authorization === undefined ? {} : { headers: { authorization } });

const viewerOf = (authorization?: string, now?: Date) => viewerFromRequest(asking(authorization), db.sql, now);

describe(`the viewer of a request (${TEST_DATABASE_KIND})`, () => {
  it('is PUBLIC without a key, and refuses a header that is not a bearer key', async () => {
    await expect(viewerOf()).resolves.toBe(PUBLIC_VIEWER);
    await expect(viewerOf('Basic abc')).rejects.toMatchObject({
      message: 'Authorization header must be "Bearer <api key>"',
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  });

  it('is what the key was issued with: role, organisation, centres and capabilities', async () => {
    const partner = await createApiKey(db.prisma, {
      name: 'partner',
      role: 'PARTNER',
      organisationId,
      capabilities: ['feedback_focal_point'],
    });
    const staff = await createApiKey(db.prisma, { name: 'staff', role: 'CENTRE_STAFF', centreIds });
    const admin = await createApiKey(db.prisma, { name: 'admin', role: 'ADMIN' });

    const partnerViewer = await viewerOf(`Bearer ${partner.secret}`);
    expect(partnerViewer).toMatchObject({ role: 'PARTNER', apiKeyId: partner.id, organisationId });
    expect([...partnerViewer.centreIds]).toEqual([]);
    expect([...(partnerViewer.capabilities ?? [])]).toEqual(['feedback_focal_point']);

    const staffViewer = await viewerOf(`bearer ${staff.secret}  `);
    expect(staffViewer).toMatchObject({ role: 'CENTRE_STAFF', apiKeyId: staff.id, organisationId: null });
    expect([...staffViewer.centreIds].sort()).toEqual([...centreIds].sort());
    expect([...(staffViewer.capabilities ?? [])]).toEqual([]);

    await expect(viewerOf(`Bearer ${admin.secret}`)).resolves.toMatchObject({ role: 'ADMIN', apiKeyId: admin.id });
  });

  it('refuses an unknown, a revoked and an expired key, even when asked side by side with a valid one', async () => {
    const expiresAt = new Date('2030-01-01T00:00:00Z');
    const expiring = await createApiKey(db.prisma, { name: 'expiring', role: 'ADMIN', expiresAt });
    const revoked = await createApiKey(db.prisma, { name: 'revoked', role: 'ADMIN' });
    await expect(viewerOf(`Bearer ${revoked.secret}`)).resolves.toMatchObject({ role: 'ADMIN' });
    expect((await revokeApiKey(db.prisma, systemActor('test'), { apiKeyId: revoked.id })).ok).toBe(true);

    const answers = await Promise.allSettled([
      viewerOf('Bearer not-a-key'),
      viewerOf(`Bearer ${revoked.secret}`),
      viewerOf(`Bearer ${revoked.secret}`),
      viewerOf(`Bearer ${expiring.secret}`, new Date('2030-01-01T00:00:00Z')),
      viewerOf(`Bearer ${expiring.secret}`, new Date('2029-12-31T23:59:59Z')),
    ]);
    const outcome = (answer: PromiseSettledResult<unknown>) =>
      answer.status === 'fulfilled' ? 'admitted' : (answer.reason as Error).message;
    expect(answers.map(outcome)).toEqual([
      'unknown API key',
      'this API key has been revoked',
      'this API key has been revoked',
      'this API key has expired',
      'admitted',
    ]);
  });
});
