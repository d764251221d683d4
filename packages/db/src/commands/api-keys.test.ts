import { describe, expect, it } from 'vitest';
import type { Db } from '../create-db';
import { TEST_DATABASE_KIND } from '../testing/test-database';
import { systemActor } from './actor';
import { hashApiKeySecret } from './api-key-secret';
import { ADMIN, staffOf, type CommandWorld, useCommandWorld } from './command-fixtures.test-data';
import { issueApiKey } from './issue-api-key';
import { revokeApiKey } from './revoke-api-key';

let db: Db;
let world: CommandWorld;
useCommandWorld((opened) => ({ db, world } = opened));

describe(`issueApiKey and revokeApiKey (${TEST_DATABASE_KIND})`, () => {
  it('issues a key bound to its centres, stores only the hash, and audits it without hash or secret', async () => {
    const operator = systemActor('cli:keys');
    const result = await issueApiKey(db.prisma, operator, {
      name: 'Jalawla staff',
      role: 'CENTRE_STAFF',
      centreIds: [world.jalawla],
    });
    if (!result.ok) throw new Error(JSON.stringify(result));
    const stored = await db.prisma.apiKey.findUniqueOrThrow({
      where: { id: result.value.id },
      include: { centres: true },
    });
    expect(stored.hash).toBe(hashApiKeySecret(result.value.secret));
    expect(stored.centres.map((centre) => centre.centreId)).toEqual([world.jalawla]);
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { entityId: stored.id } });
    expect(audit).toMatchObject({
      actor: 'cli:keys',
      action: 'create',
      entity: 'ApiKey',
      after: { role: 'CENTRE_STAFF', centreIds: [world.jalawla] },
    });
    expect(JSON.stringify(audit.after)).not.toContain(stored.hash);
    expect(JSON.stringify(audit.after)).not.toContain(result.value.secret);
  });

  it('refuses a key without the binding its role needs, naming the field, and writes nothing', async () => {
    const before = await db.prisma.apiKey.count();
    expect(await issueApiKey(db.prisma, ADMIN, { name: 'partner', role: 'PARTNER' })).toMatchObject({
      kind: 'invalid',
      errors: [{ field: 'organisationId', reason: 'custom' }],
    });
    expect(
      await issueApiKey(db.prisma, ADMIN, { name: 'staff', role: 'CENTRE_STAFF', organisationId: world.iom }),
    ).toMatchObject({
      kind: 'invalid',
      errors: [{ field: 'organisationId' }, { field: 'centreIds' }],
    });
    expect(await issueApiKey(db.prisma, ADMIN, { name: ' ', role: 'PUBLIC' as 'ADMIN' })).toMatchObject({
      kind: 'invalid',
    });
    expect(
      await issueApiKey(db.prisma, ADMIN, {
        name: 'x',
        role: 'CENTRE_STAFF',
        centreIds: ['0b7c6f4e-96a4-4b8e-9d1d-6a1a4c1f0000'],
      }),
    ).toMatchObject({
      kind: 'not_found',
      entity: 'Centre',
    });
    expect(await issueApiKey(db.prisma, staffOf(world.jalawla), { name: 'x', role: 'ADMIN' })).toMatchObject({
      kind: 'forbidden',
    });
    expect(await db.prisma.apiKey.count()).toBe(before);
  });

  it('revokes an active key once; a second revoke or an unknown id is NotFound', async () => {
    const issued = await issueApiKey(db.prisma, ADMIN, { name: 'to revoke', role: 'ADMIN' });
    if (!issued.ok) throw new Error(JSON.stringify(issued));
    expect(await revokeApiKey(db.prisma, ADMIN, { apiKeyId: issued.value.id })).toMatchObject({
      ok: true,
      value: { id: issued.value.id },
    });
    expect(await revokeApiKey(db.prisma, ADMIN, { apiKeyId: issued.value.id })).toMatchObject({
      kind: 'not_found',
      entity: 'ApiKey',
    });
    expect(await revokeApiKey(db.prisma, ADMIN, { apiKeyId: 'nope' })).toMatchObject({ kind: 'not_found' });
    expect(await db.prisma.auditLog.count({ where: { entityId: issued.value.id, action: 'revoke' } })).toBe(1);
  });
});
