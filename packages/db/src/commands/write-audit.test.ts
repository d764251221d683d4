import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../create-db';
import { createTestDatabase, TEST_DATABASE_KIND, type TestDatabase } from '../testing/test-database';
import { ADMIN } from './command-fixtures.test-data';
import { writeAudit } from './write-audit';

let testDb: TestDatabase;
let db: Db;
beforeAll(async () => {
  testDb = await createTestDatabase();
  db = await testDb.open();
}, 120_000);
afterAll(async () => {
  await db?.close();
  await testDb?.drop();
});

describe(`writeAudit (${TEST_DATABASE_KIND})`, () => {
  it('names every field a change touched and keeps no value of a personal field', async () => {
    const entityId = '0b7c6f4e-96a4-4b8e-9d1d-6a1a4c1f0001';
    await db.prisma.$transaction((tx) =>
      writeAudit(tx, ADMIN, {
        action: 'update',
        entity: 'Beneficiary',
        entityId,
        before: {
          id: entityId,
          givenName: 'Amira',
          phone: '07512342550',
          dateOfBirth: new Date('1990-01-01'),
          householdSize: 4,
          sex: 'female',
        },
        after: {
          id: entityId,
          givenName: 'Ameera',
          phone: '07512342550',
          dateOfBirth: new Date('1991-01-01'),
          householdSize: 5,
          sex: 'female',
        },
      }),
    );
    const row = await db.prisma.auditLog.findFirstOrThrow({ where: { entityId } });
    expect(row.fields).toEqual(['dateOfBirth', 'givenName', 'householdSize']);
    expect(row.before).toEqual({ id: entityId, householdSize: 4, sex: 'female' });
    expect(row.after).toEqual({ id: entityId, householdSize: 5, sex: 'female' });
    for (const value of ['Amira', 'Ameera', '0751', '1990', '1991']) expect(JSON.stringify(row)).not.toContain(value);
  });

  it('keeps every value of a record without personal data, and names all its fields on create', async () => {
    const entityId = '0b7c6f4e-96a4-4b8e-9d1d-6a1a4c1f0002';
    await db.prisma.$transaction((tx) =>
      writeAudit(tx, ADMIN, {
        action: 'create',
        entity: 'Project',
        entityId,
        after: { id: entityId, code: 'P-1', title: 'Wells' },
      }),
    );
    const row = await db.prisma.auditLog.findFirstOrThrow({ where: { entityId } });
    expect(row).toMatchObject({
      actor: ADMIN.name,
      fields: ['code', 'title'],
      after: { id: entityId, code: 'P-1', title: 'Wells' },
      before: null,
    });
  });
});
