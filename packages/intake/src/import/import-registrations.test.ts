import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadReferenceData, registerBeneficiary, systemActor, type Db } from '@crc/db';
import { createTestDatabase, type TestDatabase } from '@crc/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  const centre = await db.prisma.centre.create({
    data: { code: 'CRC-JALAWLA', name: 'Jalawla CRC', kind: 'community_resource_centre', areaPcode: 'IQG10Q05' },
  });
  // The people registered before the import, whom 5 heads of the file repeat in another script or spelling.
  for (const person of fixture.existingPeople) {
    const registered = await registerBeneficiary(
      db.prisma,
      systemActor('test'),
      {
        ...person,
        registrationCentreId: centre.id,
        populationGroup: 'idp',
        householdSize: 1,
        registeredOn: '2025-01-10',
        consentToDataProcessing: true,
      },
      { confirmNotDuplicate: true },
    );
    if (!registered.ok) throw new Error(JSON.stringify(registered));
    existingIds.push(registered.value.id);
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
    const report = await importRegistrations(db, systemActor('test'), fileSource(file), {
      centreCode: 'CRC-JALAWLA',
      dryRun: true,
      today: '2026-11-30',
    });
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
    const existing = report.duplicates
      .filter((duplicate) => duplicate.otherKind === 'existing')
      .map((duplicate) => duplicate.other.replace('registered person ', ''));
    expect(existing.sort()).toEqual([...existingIds].sort());
    expect(report.duplicates.every((duplicate) => duplicate.score >= 0.85)).toBe(true);
    expect(await db.prisma.beneficiary.count()).toBe(before);

    // The rejects carry rows, fields and reasons: no name, phone or birth date of anyone.
    const csv = rejectsCsv(report.rejections);
    for (const row of fixture.rows) {
      for (const value of [row.given_name, row.family_name, row.phone, row.date_of_birth])
        if (value.length > 3 && value !== '1987-02-31') expect(csv).not.toContain(value);
    }
  });

  it('import: creates the people of 495 households in one transaction, rejects the 5 bad rows with their reasons, audits the run', async () => {
    const before = await db.prisma.beneficiary.count();
    const report = await importRegistrations(db, systemActor('test'), fileSource(file), {
      centreCode: 'CRC-JALAWLA',
      today: '2026-11-30',
    });
    expect(report.dryRun).toBe(false);
    expect(report.counts.households).toEqual({ total: 500, created: 495, unchanged: 0, rejected: 5 });
    const rejectedHouseholds = new Set(fixture.badRows.map((bad) => bad.household));
    const expectedPeople = fixture.rows.filter((row) => !rejectedHouseholds.has(row.household_id)).length;
    expect(report.counts.people.created).toBe(expectedPeople);
    expect(await db.prisma.beneficiary.count()).toBe(before + expectedPeople);
    expect(report.rejections.map((rejection) => rejection.position).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(
      fixture.badRows.map((bad) => bad.row),
    );
    const services = fixture.rows.filter(
      (row) => row.services !== '' && !rejectedHouseholds.has(row.household_id),
    ).length;
    expect(report.counts.deliveries.created).toBe(services);
    expect(await db.prisma.serviceDelivery.count()).toBe(services);

    const run = await db.prisma.registrationImport.findUniqueOrThrow({ where: { id: report.importId! } });
    expect(run).toMatchObject({
      status: 'completed_with_rejections',
      householdsCreated: 495,
      householdsRejected: 5,
      peopleCreated: expectedPeople,
      actor: 'test',
      sourceKind: 'file',
    });
    // The run's report and audit entry carry rows, fields and reasons, never a person's name.
    const stored =
      JSON.stringify(run.report) +
      JSON.stringify(await db.prisma.auditLog.findMany({ where: { entity: 'RegistrationImport' } }));
    for (const row of fixture.rows.slice(0, 200))
      expect(stored).not.toContain(row.given_name.length > 3 ? row.given_name : '\u0000');
    // Every person written was audited by the registration command, without personal values.
    expect(await db.prisma.auditLog.count({ where: { entity: 'Beneficiary', action: 'create' } })).toBe(
      before + expectedPeople,
    );
  });

  it('importing the same file again changes nothing', async () => {
    const people = await db.prisma.beneficiary.count();
    const deliveries = await db.prisma.serviceDelivery.count();
    const again = await importRegistrations(db, systemActor('test'), fileSource(file), {
      centreCode: 'CRC-JALAWLA',
      today: '2026-12-01',
    });
    expect(again.counts.households).toEqual({ total: 500, created: 0, unchanged: 495, rejected: 5 });
    expect(again.counts.people).toEqual({ created: 0, unchanged: people - fixture.existingPeople.length });
    expect(again.counts.duplicates).toMatchObject({ withinFile: 0, againstExisting: 0 });
    expect(await db.prisma.beneficiary.count()).toBe(people);
    expect(await db.prisma.serviceDelivery.count()).toBe(deliveries);
  });

  it('writes nothing for a centre the staff key is not bound to', async () => {
    const other = await db.prisma.centre.create({
      data: { code: 'CC-KIRKUK', name: 'Kirkuk CC', kind: 'community_centre', areaPcode: 'IQG13' },
    });
    const staff = { name: 'api-key:staff', role: 'CENTRE_STAFF' as const, centreIds: new Set([other.id]) };
    await expect(importRegistrations(db, staff, fileSource(file), { centreCode: 'CRC-JALAWLA' })).rejects.toThrow(
      /may not register people at CRC-JALAWLA/,
    );
  });
});
