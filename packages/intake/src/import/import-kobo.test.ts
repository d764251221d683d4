import { loadReferenceData, systemActor, type Db } from '@crc/db';
import { createTestDatabase, type TestDatabase } from '@crc/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKoboClient, type KoboClientEvent } from '../kobo/kobo-client';
import {
  FIXTURE_ASSET_UID,
  fixtureKoboAsset,
  fixtureKoboSubmissions,
  startLocalKoboServer,
  type LocalKoboServer,
} from '../testing/index';
import { importRegistrations } from './import-registrations';
import { koboSource } from './registration-source';

const TOKEN = 'kobo-import-token';
let testDb: TestDatabase;
let db: Db;
let server: LocalKoboServer;
const submissions: unknown[] = fixtureKoboSubmissions({ count: 27 });
// Two malformed submissions: one without its _uuid, one whose member repeat is not a list of objects.
submissions[5] = { ...(submissions[5] as object), _uuid: undefined };
submissions[17] = { ...(submissions[17] as object), 'household/member': 'Ali' };

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = await testDb.open();
  await loadReferenceData(db.prisma);
  await db.prisma.centre.create({
    data: { code: 'CRC-JALAWLA', name: 'Jalawla CRC', kind: 'community_resource_centre', areaPcode: 'IQG10Q05' },
  });
  server = await startLocalKoboServer({ token: TOKEN, assets: [{ asset: fixtureKoboAsset(), submissions }] });
}, 120_000);
afterAll(async () => {
  await server?.close();
  await db?.close();
  await testDb?.drop();
});

describe('importRegistrations from the local KoboToolbox server', () => {
  it('reads 3 pages through a 429, maps every submission to a household, rejects the malformed ones by _id', async () => {
    const events: KoboClientEvent[] = [];
    const client = createKoboClient({
      baseUrl: server.baseUrl,
      token: TOKEN,
      pageSize: 10,
      onEvent: (event) => events.push(event),
    });
    server.injectFault({ kind: 'rate-limit', retryAfter: '1' }, { endpoint: 'data' });
    const report = await importRegistrations(db, systemActor('test'), koboSource(client, FIXTURE_ASSET_UID), {
      centreCode: 'CRC-JALAWLA',
      dryRun: true,
      today: '2026-11-30',
    });
    expect(events.filter((event) => event.type === 'response' && event.url.includes('/data/'))).toHaveLength(3);
    expect(events.filter((event) => event.type === 'retry')).toEqual([expect.objectContaining({ status: 429 })]);
    expect(report.counts.read).toBe(27);
    expect(report.counts.households).toEqual({ total: 27, created: 25, updated: 0, unchanged: 0, rejected: 2 });
    expect(
      report.rejections.map((rejection) => [
        rejection.ref.kind === 'submission' ? rejection.ref.id : undefined,
        rejection.field,
      ]),
    ).toEqual([
      [300006, '_uuid'],
      [300018, 'household/member'],
    ]);
    const people = (submissions as { 'household/member'?: unknown[] }[])
      .filter((_, index) => index !== 5 && index !== 17)
      .reduce((sum, s) => sum + (s['household/member']?.length ?? 0), 0);
    expect(report.counts.people.created).toBe(people);
    expect(report.source.name).toBe(`${FIXTURE_ASSET_UID} (CRC household registration 2026)`);
  });

  it('a real sync loads every readable submission through a 429, and syncing again changes nothing', async () => {
    const client = createKoboClient({ baseUrl: server.baseUrl, token: TOKEN, pageSize: 10 });
    server.injectFault({ kind: 'rate-limit', retryAfter: '1' }, { endpoint: 'data' });
    const first = await importRegistrations(db, systemActor('test'), koboSource(client, FIXTURE_ASSET_UID), {
      centreCode: 'CRC-JALAWLA',
      today: '2026-11-30',
    });
    expect(first.counts.households).toEqual({ total: 27, created: 25, updated: 0, unchanged: 0, rejected: 2 });
    expect(await db.prisma.beneficiary.count()).toBe(first.counts.people.created);
    const sources = await db.prisma.registrationSource.findMany({ select: { sourceKey: true } });
    expect(sources.every((source) => source.sourceKey.startsWith('kobo:'))).toBe(true);
    expect(sources).toHaveLength(25);
    const second = await importRegistrations(db, systemActor('test'), koboSource(client, FIXTURE_ASSET_UID), {
      centreCode: 'CRC-JALAWLA',
      today: '2026-11-30',
    });
    expect(second.counts.households).toMatchObject({ created: 0, updated: 0, unchanged: 25 });
    expect(await db.prisma.beneficiary.count()).toBe(first.counts.people.created);
  });

  it('maps the form’s informed-consent group to the consent columns: given on the day, purposes for every member (contact for the head), how it was recorded', async () => {
    const imported = await db.prisma.registrationSource.findMany({ select: { sourceKey: true, beneficiaryIds: true } });
    const people = new Map((await db.prisma.beneficiary.findMany()).map((person) => [person.id, person] as const));
    const labels: Record<string, string> = {
      verbal_witnessed: 'Verbal, witnessed',
      signed_form: 'Signed form',
      thumbprint: 'Thumbprint',
    };
    let contact = 0;
    let sharing = 0;
    for (const submission of submissions as Record<string, unknown>[]) {
      const source = imported.find((row) => row.sourceKey === `kobo:${submission._uuid as string}`);
      if (source === undefined) continue;
      const answer = submission['informed_consent/consent_purposes'];
      const purposes = typeof answer === 'string' ? answer.split(' ') : [];
      for (const [index, id] of source.beneficiaryIds.entries()) {
        const person = people.get(id)!;
        const expected = [
          'data_processing',
          ...(purposes.includes('sharing_with_partners') ? ['sharing_with_partners'] : []),
          ...(purposes.includes('contact') && index === 0 ? ['contact'] : []),
        ];
        expect(person.consentPurposes).toEqual(expected);
        expect(person.consentRecordedHow).toBe(labels[String(submission['informed_consent/consent_method'])]);
        expect(person.consentGivenOn?.toISOString().slice(0, 10)).toBe(submission.today);
        if (expected.includes('contact')) contact += 1;
        if (expected.includes('sharing_with_partners')) sharing += 1;
      }
    }
    // The fixture draws each combination: some heads may be phoned, some people's data shared.
    expect(contact).toBeGreaterThan(0);
    expect(sharing).toBeGreaterThan(0);
  });

  it('reads the mother_name question into Beneficiary.motherName: a registry field the importer has no code of its own for', async () => {
    const imported = await db.prisma.registrationSource.findMany({ select: { sourceKey: true, beneficiaryIds: true } });
    const people = new Map((await db.prisma.beneficiary.findMany()).map((person) => [person.id, person] as const));
    let compared = 0;
    for (const submission of submissions as Record<string, unknown>[]) {
      const source = imported.find((row) => row.sourceKey === `kobo:${submission._uuid as string}`);
      if (source === undefined) continue;
      const members = submission['household/member'] as Record<string, string>[];
      for (const [index, id] of source.beneficiaryIds.entries()) {
        expect(people.get(id)?.motherName).toBe(members[index]?.['household/member/mother_name']);
        compared += 1;
      }
    }
    expect(compared).toBe(people.size);
    expect(compared).toBeGreaterThan(25);
  });
});
