import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '../create-db';
import { loadReferenceData } from '../reference/load-reference-data';
import { createTestDatabase, TEST_DATABASE_KIND, type TestDatabase } from '../testing/test-database';
import { runFeedbackCli } from './feedback-cli';
import { seedFeedbackWorld, type FeedbackWorld } from './feedback-fixtures.test-data';

let testDb: TestDatabase;
let db: Db;
let world: FeedbackWorld;
let dir: string;
beforeAll(async () => {
  testDb = await createTestDatabase();
  db = await testDb.open();
  await loadReferenceData(db.prisma);
  world = await seedFeedbackWorld(db.prisma);
  dir = await mkdtemp(path.join(tmpdir(), 'crc-feedback-cli-'));
}, 120_000);
afterAll(async () => {
  await db?.close();
  await testDb?.drop();
});

async function jsonFile(name: string, value: unknown): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, JSON.stringify(value), 'utf8');
  return file;
}

describe(`crc-db feedback (${TEST_DATABASE_KIND})`, () => {
  it('records and moves an entry through the same commands, audited as cli:<user>', async () => {
    const printed: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void printed.push(line));
    const input = await jsonFile('entry.json', {
      channel: 'hotline',
      category: 'information_request',
      language: 'ckb',
      receivedOn: '2018-02-01',
      summary: 'کەی سەنتەرەکە دەکرێتەوە؟',
      centreId: world.jalawla,
    });
    expect(await runFeedbackCli(db, 'feedback', ['record', input])).toBe(0);
    const id = (JSON.parse(printed[0] ?? '{}') as { id: string }).id;
    const change = await jsonFile('ack.json', { action: 'acknowledge', changedOn: '2018-02-02' });
    expect(await runFeedbackCli(db, 'feedback', ['transition', id, change])).toBe(0);
    log.mockRestore();
    expect(await db.prisma.feedbackEntry.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'acknowledged',
      language: 'ckb',
    });
    const audit = await db.prisma.auditLog.findMany({ where: { entityId: id } });
    expect(audit.map((row) => row.actor.startsWith('cli:'))).toEqual([true, true]);
  });

  it('prints the failure and exits 1 for refused input, 2 for a usage error', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const bad = await jsonFile('bad.json', {
      channel: 'hotline',
      category: 'gossip',
      language: 'ar',
      receivedOn: '2018-02-01',
      summary: 'x',
      centreId: world.jalawla,
    });
    expect(await runFeedbackCli(db, 'feedback', ['record', bad])).toBe(1);
    expect(String(error.mock.calls[0]?.[0])).toContain('"field": "category"');
    expect(await runFeedbackCli(db, 'feedback', ['delete'])).toBe(2);
    error.mockRestore();
  });
});
