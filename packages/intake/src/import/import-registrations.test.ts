import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import ExcelJS from 'exceljs';
import { dirname, join } from 'node:path';
import {
  createReferral,
  loadReferenceData,
  mergeDuplicatePair,
  recordConsent,
  registerBeneficiary,
  systemActor,
  type Db,
} from '@crc/db';
import { createTestDatabase, TEST_DATABASE_KIND, type TestDatabase } from '@crc/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_COLUMNS, registrationFixture } from '../testing/registration-fixture';
import { rejectsCsv } from '../registrations/rejects-file';
import { importRegistrations } from './import-registrations';
import { fileSource } from './registration-source';

const fixture = registrationFixture();
let testDb: TestDatabase;
let db: Db;
let file: string;
/** The same spreadsheet saved as XLSX, as a form export may also come. */
let xlsx: string;
const existingIds: string[] = [];
let centreId: string;
/** An import of the fixture (about 1,700 people) takes seconds, but a loaded machine slows PGlite many times. */
const IMPORT_MS = 600_000;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = await testDb.open();
  await loadReferenceData(db.prisma);
  const centre = await db.prisma.centre.create({
    data: { code: 'CRC-JALAWLA', name: 'Jalawla CRC', kind: 'community_resource_centre', areaPcode: 'IQG10Q05' },
  });
  centreId = centre.id;
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
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('households');
  sheet.addRow([...FIXTURE_COLUMNS]);
  for (const row of fixture.rows) sheet.addRow(FIXTURE_COLUMNS.map((column) => row[column]));
  xlsx = join(dir, 'households-500.xlsx');
  await workbook.xlsx.writeFile(xlsx);
}, 120_000);
afterAll(async () => {
  await db?.close();
  await testDb?.drop();
});

describe(`importRegistrations: the 500-household spreadsheet of issue 14 (${TEST_DATABASE_KIND})`, () => {
  it('dry run: what would be created, the 5 bad rows with their reasons, the 10 probable duplicates; nothing written', async () => {
    const before = await db.prisma.beneficiary.count();
    const report = await importRegistrations(db, systemActor('test'), fileSource(file), {
      centreCode: 'CRC-JALAWLA',
      dryRun: true,
      today: '2026-11-30',
    });
    expect(report.dryRun).toBe(true);
    expect(report.counts.read).toBe(fixture.people);
    expect(report.counts.households).toEqual({ total: 500, created: 495, updated: 0, unchanged: 0, rejected: 5 });
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

  it(
    'import: creates 495 households with their people, disability answers and deliveries in one transaction, rejects the 5 bad rows with their reasons, queues the 10 duplicates, audits the run',
    async () => {
      const before = await db.prisma.beneficiary.count();
      const report = await importRegistrations(db, systemActor('test'), fileSource(file), {
        centreCode: 'CRC-JALAWLA',
        today: '2026-11-30',
      });
      expect(report.dryRun).toBe(false);
      expect(report.counts.households).toEqual({ total: 500, created: 495, updated: 0, unchanged: 0, rejected: 5 });
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

      // One household per good household key, through createHousehold (audited), its people by their rows.
      expect(await db.prisma.household.count()).toBe(495);
      expect(await db.prisma.householdMember.count()).toBe(expectedPeople);
      expect(await db.prisma.auditLog.count({ where: { entity: 'Household', action: 'create' } })).toBe(495);
      const sources = await db.prisma.registrationSource.findMany({ where: { importId: report.importId! } });
      expect(sources).toHaveLength(495);
      const people = new Map(
        (await db.prisma.beneficiary.findMany({ include: { householdMembership: true } })).map((person) => [
          person.id,
          person,
        ]),
      );
      for (const source of sources) {
        const rows = fixture.rows.filter((row) => `file:${row.household_id}` === source.sourceKey);
        expect(source.beneficiaryIds).toHaveLength(rows.length);
        const household = await db.prisma.household.findUniqueOrThrow({ where: { id: source.householdId! } });
        expect(household).toMatchObject({
          registrationCentreId: centreId,
          size: rows.length,
          areaOfResidencePcode: rows[0]!.district,
          populationGroup: rows[0]!.population_group,
          headBeneficiaryId: source.beneficiaryIds[0],
        });
        // Each id is the person of its own row (the same name, birth date and relationship), not of another row.
        rows.forEach((row, index) => {
          const person = people.get(source.beneficiaryIds[index]!)!;
          expect({
            givenName: person.givenName,
            familyName: person.familyName,
            dateOfBirth: person.dateOfBirth?.toISOString().slice(0, 10),
            householdId: person.householdMembership?.householdId,
            relationshipToHead: person.householdMembership?.relationshipToHead,
            seeing: person.disabilitySeeing,
            walking: person.disabilityWalking,
            sharing: person.consentPurposes.includes('sharing_with_partners'),
            contact: person.consentPurposes.includes('contact'),
          }).toEqual({
            givenName: row.given_name,
            familyName: row.family_name,
            dateOfBirth: row.date_of_birth,
            householdId: household.id,
            relationshipToHead: row.relationship,
            seeing: row.wg_seeing,
            walking: row.wg_walking,
            sharing: row.consent_share === 'yes',
            contact: row.consent_contact === 'yes',
          });
        });
      }
      // Washington Group answers through recordDisability (audited without the answers).
      expect(await db.prisma.auditLog.count({ where: { action: 'record_disability' } })).toBe(expectedPeople);
      // Consent to be contacted (the heads') through recordConsent.
      expect(await db.prisma.auditLog.count({ where: { action: 'record_consent' } })).toBe(495);

      // The 10 probable duplicates wait in the review queue: 5 pairs of heads of the file, 5 with registered people.
      expect(report.counts.duplicates).toMatchObject({
        withinFile: 5,
        againstExisting: 5,
        queued: 10,
        alreadyQueued: 0,
      });
      const pairs = await db.prisma.duplicatePair.findMany();
      expect(pairs).toHaveLength(10);
      expect(pairs.every((pair) => pair.status === 'pending' && pair.source === `import:${report.importId}`)).toBe(
        true,
      );
      const headOf = (key: string) => sources.find((source) => source.sourceKey === `file:${key}`)!.beneficiaryIds[0]!;
      const pairKey = (a: string, b: string) => [a, b].sort().join('|');
      const expectedPairs = [
        ...fixture.duplicateHouseholdsOfExisting.map((key, i) => pairKey(headOf(key), existingIds[i]!)),
        ...fixture.duplicateHouseholdsInFile.map((key, i) =>
          pairKey(headOf(key), headOf(fixture.repeatedHouseholds[i]!)),
        ),
      ];
      expect(pairs.map((pair) => pairKey(pair.beneficiaryAId, pair.beneficiaryBId)).sort()).toEqual(
        expectedPairs.sort(),
      );
    },
    IMPORT_MS,
  );

  it(
    'importing the same file again, as CSV or as XLSX, changes nothing',
    async () => {
      const people = await db.prisma.beneficiary.count();
      const deliveries = await db.prisma.serviceDelivery.count();
      const households = await db.prisma.household.count();
      const pairs = await db.prisma.duplicatePair.count();
      const audits = await db.prisma.auditLog.count({ where: { entity: { not: 'RegistrationImport' } } });
      const again = await importRegistrations(db, systemActor('test'), fileSource(file), {
        centreCode: 'CRC-JALAWLA',
        today: '2026-12-01',
      });
      expect(again.counts.households).toEqual({ total: 500, created: 0, updated: 0, unchanged: 495, rejected: 5 });
      expect(again.counts.people).toEqual({
        created: 0,
        updated: 0,
        unchanged: people - fixture.existingPeople.length,
      });
      expect(again.counts.duplicates).toMatchObject({ withinFile: 0, againstExisting: 0 });
      expect(await db.prisma.beneficiary.count()).toBe(people);
      expect(await db.prisma.serviceDelivery.count()).toBe(deliveries);
      expect(await db.prisma.household.count()).toBe(households);
      expect(await db.prisma.duplicatePair.count()).toBe(pairs);
      const asXlsx = await importRegistrations(db, systemActor('test'), fileSource(xlsx), {
        centreCode: 'CRC-JALAWLA',
        today: '2026-12-01',
      });
      expect(asXlsx.counts.households).toEqual({ total: 500, created: 0, updated: 0, unchanged: 495, rejected: 5 });
      expect(await db.prisma.beneficiary.count()).toBe(people);
      expect(await db.prisma.household.count()).toBe(households);
      expect(await db.prisma.auditLog.count({ where: { entity: { not: 'RegistrationImport' } } })).toBe(audits);
    },
    IMPORT_MS,
  );

  it(
    'a changed sheet imported again: the dry run counts what would be updated, the import updates it (audited, no values), nothing else changes',
    async () => {
      const special = new Set([
        ...fixture.badRows.map((bad) => bad.household),
        ...fixture.duplicateHouseholdsInFile,
        ...fixture.repeatedHouseholds,
        ...fixture.duplicateHouseholdsOfExisting,
      ]);
      const keys = [...new Set(fixture.rows.map((row) => row.household_id))].filter((key) => !special.has(key));
      const [phoneChanged, wgChanged] = [keys[0]!, keys[1]!];
      const rows = fixture.rows.map((row, index) => {
        const first = fixture.rows.findIndex((other) => other.household_id === row.household_id) === index;
        if (row.household_id === phoneChanged && first) return { ...row, phone: '07701112233' };
        if (row.household_id === wgChanged && first) return { ...row, wg_walking: 'cannot_do_at_all' };
        return row;
      });
      const changedFile = join(dirname(file), 'households-500-changed.csv');
      await writeFile(
        changedFile,
        `${[[...FIXTURE_COLUMNS], ...rows.map((row) => FIXTURE_COLUMNS.map((column) => row[column]))]
          .map((cells) => cells.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(','))
          .join('\n')}\n`,
      );
      const people = await db.prisma.beneficiary.count();
      const updatesBefore = await db.prisma.auditLog.count({ where: { action: 'update' } });
      const dry = await importRegistrations(db, systemActor('test'), fileSource(changedFile), {
        centreCode: 'CRC-JALAWLA',
        dryRun: true,
        today: '2026-12-01',
      });
      expect(dry.counts.households).toEqual({ total: 500, created: 0, updated: 2, unchanged: 493, rejected: 5 });
      expect(dry.counts.people).toMatchObject({ created: 0, updated: 2 });
      expect(dry.changes.map((change) => change.fields)).toEqual(
        expect.arrayContaining([['members.0.phone'], expect.arrayContaining(['members.0.disabilityWalking'])]),
      );
      expect(await db.prisma.auditLog.count({ where: { action: 'update' } })).toBe(updatesBefore);

      const real = await importRegistrations(db, systemActor('test'), fileSource(changedFile), {
        centreCode: 'CRC-JALAWLA',
        today: '2026-12-01',
      });
      expect(real.counts.households).toEqual({ total: 500, created: 0, updated: 2, unchanged: 493, rejected: 5 });
      expect(await db.prisma.beneficiary.count()).toBe(people);
      const source = await db.prisma.registrationSource.findUniqueOrThrow({
        where: { centreId_sourceKey: { centreId, sourceKey: `file:${phoneChanged}` } },
      });
      expect((await db.prisma.beneficiary.findUniqueOrThrow({ where: { id: source.beneficiaryIds[0]! } })).phone).toBe(
        '07701112233',
      );
      const updates = await db.prisma.auditLog.findMany({ where: { action: 'update' } });
      expect(updates).toHaveLength(updatesBefore + 2);
      expect(JSON.stringify(updates)).not.toContain('07701112233');
      // And once more: nothing left to update.
      const again = await importRegistrations(db, systemActor('test'), fileSource(changedFile), {
        centreCode: 'CRC-JALAWLA',
        dryRun: true,
        today: '2026-12-01',
      });
      expect(again.counts.households).toMatchObject({ updated: 0, unchanged: 495 });
    },
    IMPORT_MS,
  );

  it('merging a pair of the queue moves the merged person’s deliveries and referrals to the person kept', async () => {
    const staff = { name: 'api-key:staff', role: 'CENTRE_STAFF' as const, centreIds: new Set([centreId]) };
    const key = fixture.duplicateHouseholdsOfExisting[0]!;
    const source = await db.prisma.registrationSource.findUniqueOrThrow({
      where: { centreId_sourceKey: { centreId, sourceKey: `file:${key}` } },
    });
    const imported = source.beneficiaryIds[0]!;
    const registered = existingIds[0]!;
    // The imported head got a service on the day (the fixture gives one to every head that repeats a registered person).
    const deliveries = await db.prisma.serviceDelivery.count({ where: { beneficiaryId: imported } });
    expect(deliveries).toBeGreaterThan(0);
    const consent = await recordConsent(db.prisma, staff, {
      beneficiaryId: imported,
      purposes: ['sharing_with_partners'],
      givenOn: '2026-11-30',
      recordedHow: 'verbal, at the centre',
    });
    expect(consent.ok).toBe(true);
    const iom = await db.prisma.organisation.create({ data: { name: 'IOM', type: 'multilateral' } });
    const referral = await createReferral(db.prisma, staff, {
      beneficiaryId: imported,
      fromCentreId: centreId,
      toOrganisationId: iom.id,
      serviceType: 'legal_counselling',
      reason: 'Needs a lawyer for a housing claim',
      referredOn: '2026-11-30',
    });
    if (!referral.ok) throw new Error(JSON.stringify(referral));

    const pair = await db.prisma.duplicatePair.findFirstOrThrow({
      where: {
        OR: [
          { beneficiaryAId: imported, beneficiaryBId: registered },
          { beneficiaryAId: registered, beneficiaryBId: imported },
        ],
      },
    });
    const merged = await mergeDuplicatePair(db.prisma, staff, {
      pairId: pair.id,
      keepBeneficiaryId: registered,
      reason: 'Same person: the clerk wrote the name in the other script',
    });
    if (!merged.ok) throw new Error(JSON.stringify(merged));
    expect(merged.value.moved).toMatchObject({
      serviceDeliveries: deliveries,
      referrals: 1,
      householdMembership: true,
    });
    expect(await db.prisma.serviceDelivery.count({ where: { beneficiaryId: imported } })).toBe(0);
    expect(await db.prisma.serviceDelivery.count({ where: { beneficiaryId: registered } })).toBe(deliveries);
    expect(await db.prisma.referral.findUniqueOrThrow({ where: { id: referral.value.id } })).toMatchObject({
      beneficiaryId: registered,
    });
    expect(await db.prisma.beneficiary.findUniqueOrThrow({ where: { id: imported } })).toMatchObject({
      mergedIntoId: registered,
    });
    // The person kept heads the imported household now.
    expect(await db.prisma.household.findUniqueOrThrow({ where: { id: source.householdId! } })).toMatchObject({
      headBeneficiaryId: registered,
    });
    expect(await db.prisma.duplicatePair.count({ where: { status: 'pending' } })).toBe(9);
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
