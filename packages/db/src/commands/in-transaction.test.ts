import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../create-db';
import { createTestDatabase, TEST_DATABASE_KIND, type TestDatabase } from '../testing/test-database';
import { notFound, succeeded } from './command-result';
import { inTransaction } from './in-transaction';
import { joinedTransaction } from './joined-transaction';

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

describe(`inTransaction (${TEST_DATABASE_KIND})`, () => {
  it('commits what a successful command wrote', async () => {
    const result = await inTransaction(db.prisma, async (tx) =>
      succeeded(await tx.organisation.create({ data: { name: 'Kept', type: 'other' } })),
    );
    expect(result.ok).toBe(true);
    expect(await db.prisma.organisation.count({ where: { name: 'Kept' } })).toBe(1);
  });

  it('rolls back what a command wrote before it found a problem, and returns the failure as it was', async () => {
    const result = await inTransaction(db.prisma, async (tx) => {
      await tx.organisation.create({ data: { name: 'Rolled back', type: 'other' } });
      return notFound('Programme', 'programmeId', 'x');
    });
    expect(result).toEqual({ ok: false, kind: 'not_found', entity: 'Programme', field: 'programmeId', id: 'x' });
    expect(await db.prisma.organisation.count({ where: { name: 'Rolled back' } })).toBe(0);
  });

  it('lets an unexpected error through, also rolled back', async () => {
    await expect(
      inTransaction(db.prisma, async (tx) => {
        await tx.organisation.create({ data: { name: 'Also rolled back', type: 'other' } });
        throw new Error('database gone');
      }),
    ).rejects.toThrow('database gone');
    expect(await db.prisma.organisation.count({ where: { name: 'Also rolled back' } })).toBe(0);
  });

  it('joinedTransaction: commands join a transaction already open; a failed command undoes only its own writes, and the caller commits or rolls back the rest', async () => {
    const outcome = await db.prisma.$transaction(async (outer) => {
      await outer.organisation.create({ data: { name: 'Outer write', type: 'other' } });
      const kept = await inTransaction(joinedTransaction(outer), async (tx) =>
        succeeded(await tx.organisation.create({ data: { name: 'Joined, kept', type: 'other' } })),
      );
      const failed = await inTransaction(joinedTransaction(outer), async (tx) => {
        await tx.organisation.create({ data: { name: 'Joined, undone', type: 'other' } });
        return notFound('Programme', 'programmeId', 'x');
      });
      await expect(
        inTransaction(joinedTransaction(outer), async (tx) => {
          await tx.organisation.create({ data: { name: 'Joined, threw', type: 'other' } });
          throw new Error('bug');
        }),
      ).rejects.toThrow('bug');
      // The outer transaction is still usable after both.
      return {
        kept: kept.ok,
        failed: failed.ok,
        visible: await outer.organisation.count({ where: { name: { startsWith: 'Joined' } } }),
      };
    });
    expect(outcome).toEqual({ kept: true, failed: false, visible: 1 });
    expect(await db.prisma.organisation.count({ where: { name: { in: ['Outer write', 'Joined, kept'] } } })).toBe(2);
    expect(await db.prisma.organisation.count({ where: { name: { in: ['Joined, undone', 'Joined, threw'] } } })).toBe(
      0,
    );

    await expect(
      db.prisma.$transaction(async (outer) => {
        await inTransaction(joinedTransaction(outer), async (tx) =>
          succeeded(await tx.organisation.create({ data: { name: 'Joined, outer rolled back', type: 'other' } })),
        );
        throw new Error('caller gives up');
      }),
    ).rejects.toThrow('caller gives up');
    expect(await db.prisma.organisation.count({ where: { name: 'Joined, outer rolled back' } })).toBe(0);
  });
});
