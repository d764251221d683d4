import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadReferenceData, systemActor, type Db } from '@crc/db';
import { createTestDatabase, type TestDatabase } from '@crc/db/testing';
import { nameKey } from '@crc/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fullNameOf } from '../duplicates/person-to-match';
import { registrationFixture } from '../testing/registration-fixture';
import { rejectsCsv } from '../registrations/rejects-file';
import { importRegistrations } from './import-registrations';
import { fileSource } from './registration-source';

const fixture = registrationFixture();
let testDb: TestDatabase;
let db: Db;
let file: string;
const existingIds: string[] = [];

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = await testDb.open();
  await loadReferenceData(db.prisma);
  const centre = await db.prisma.centre.create({ data: { code: 'CRC-JALAWLA', name: 'Jalawla CRC', kind: 'community_resource_centre', areaPcode: 'IQG10Q05' } });
  // The people registered before the import, whom 5 heads of the file repeat in another script or spelling.
  for (const person of fixture.existingPeople) {
    const row = await db.prisma.beneficiary.create({
      data: { givenName: person.givenName, fatherName: person.fatherName, familyName: person.familyName, sex: person.sex, areaPcode: person.areaOfResidencePcode, nameKey: nameKey(fullNameOf(person)), registrationCentreId: centre.id, dateOfBirth: new Date(person.dateOfBirth), populationGroup: 'idp', registeredOn: new Date('2025-01-10') },
    });
    existingIds.push(row.id);
  }
  const dir = await mkdtemp(join(tmpdir(), 'crc-intake-'));
  file = join(dir, 'households-500.csv');
  await writeFile(file, fixture.csv);
}, 120_000);
afterAll(async () => {
  await db?.close();
  await testDb?.drop();
});

describe('importRegistrations: the 500-household spreadsheet of issue 14', () => {
  it('dry run: what would be created, the 5 bad rows with their reasons, the 10 probable duplicates; nothing written', async () => {
    const before = await db.prisma.beneficiary.count();
    const report = await importRegistrations(db, systemActor('test'), fileSource(file), { centreCode: 'CRC-JALAWLA', dryRun: true, today: '2026-11-30' });
    expect(report.dryRun).toBe(true);
    expect(report.counts.read).toBe(fixture.people);
    expect(report.counts.households).toEqual({ total: 500, created: 495, unchanged: 0, rejected: 5 });
    const rejectedRows = report.rejections.map((rejection) => rejection.position);
    expect(rejectedRows.sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(fixture.badRows.map((bad) => bad.row));
    expect(report.rejections.map((rejection) => [rejection.field, rejection.reason])).toEqual(
      expect.arrayContaining([
        ['date_of_birth', 'is not a calendar date'],
        ['sex', expect.stringContaining('is not one of the sexes codes')],
        ['district', 'unknown p-code "IQG10Q99"'],
        ['family_name', 'must be given'],
        ['consent', 'must be true: register a person only with their informed consent'],
      ]),
    );
    expect(report.counts.duplicates).toMatchObject({ withinFile: 5, againstExisting: 5 });
    const existing = report.duplicates.filter((duplicate) => duplicate.otherKind === 'existing').map((duplicate) => duplicate.other.replace('registered person ', ''));
    expect(existing.sort()).toEqual([...existingIds].sort());
    expect(report.duplicates.every((duplicate) => duplicate.score >= 0.85)).toBe(true);
    expect(await db.prisma.beneficiary.count()).toBe(before);

    // The rejects carry rows, fields and reasons: no name, phone or birth date of anyone.
    const csv = rejectsCsv(report.rejections);
    for (const row of fixture.rows) {
      for (const value of [row.given_name, row.family_name, row.phone, row.date_of_birth]) if (value.length > 3 && value !== '1987-02-31') expect(csv).not.toContain(value);
    }
  });
});
