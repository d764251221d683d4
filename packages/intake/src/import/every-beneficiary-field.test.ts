import { loadReferenceData, systemActor, type Db } from '@crc/db';
import { createTestDatabase, TEST_DATABASE_KIND, type TestDatabase } from '@crc/db/testing';
import {
  BENEFICIARY_EXAMPLE,
  BENEFICIARY_FIELD_NAMES,
  beneficiaryField,
  BeneficiaryCreateSchema,
  type BeneficiaryFieldName,
} from '@crc/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKoboClient } from '../kobo/kobo-client';
import type { KoboAsset } from '../kobo/kobo-schemas';
import { startLocalKoboServer, type LocalKoboServer } from '../testing/index';
import { importRegistrations } from './import-registrations';
import { koboSource, rowsSource, type RegistrationSource } from './registration-source';

/*
 * The import has no code of its own per Beneficiary field: every field of @crc/domain's
 * BENEFICIARY_FIELDS, named as a form names it (snake_case), is read from a sheet (both
 * layouts) and a Kobo submission and stored as registerBeneficiary stores it. A field added
 * to the registry is in these lists without an edit here.
 */

/** The fields a source gives: an `id` field (the centre) is the importing centre's. */
const GIVEN = BENEFICIARY_FIELD_NAMES.filter((name) => beneficiaryField(name).kind !== 'id');
const HOUSEHOLD = GIVEN.filter((name) => beneficiaryField(name).household === true);
const PERSON = GIVEN.filter((name) => beneficiaryField(name).household !== true);

const questionName = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
const cellText = (name: BeneficiaryFieldName) => {
  const example = BENEFICIARY_EXAMPLE[name];
  return typeof example === 'boolean' ? (example ? 'yes' : 'no') : String(example);
};

const TOKEN = 'every-field-token';
const ASSET_UID = 'aEveryBeneficiaryField1';
let testDb: TestDatabase;
let db: Db;
let centreId: string;
let server: LocalKoboServer;

/** A form with a question per field, the person's inside the `member` repeat, in KPI's asset layout. */
function everyFieldForm(): KoboAsset {
  const question = (name: string) => ({ type: 'text', name: questionName(name), label: [name] });
  return {
    uid: ASSET_UID,
    name: 'Every Beneficiary field',
    content: {
      survey: [
        ...HOUSEHOLD.map(question),
        { type: 'begin_repeat', name: 'member', label: ['Member'] },
        ...PERSON.map(question),
        { type: 'end_repeat' },
      ],
      choices: [],
      translations: [null],
    },
  };
}

function everyFieldSubmission(): Record<string, unknown> {
  return {
    _id: 1,
    _uuid: '6f1c2b9e-6d1a-4c1e-9a57-000000000001',
    _submission_time: '2026-11-29T08:00:00',
    ...Object.fromEntries(HOUSEHOLD.map((name) => [questionName(name), cellText(name)])),
    member: [Object.fromEntries(PERSON.map((name) => [`member/${questionName(name)}`, cellText(name)]))],
  };
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = await testDb.open();
  await loadReferenceData(db.prisma);
  const centre = await db.prisma.centre.create({
    data: { code: 'CRC-JALAWLA', name: 'Jalawla CRC', kind: 'community_resource_centre', areaPcode: 'IQG10Q05' },
  });
  centreId = centre.id;
  server = await startLocalKoboServer({
    token: TOKEN,
    port: 0,
    assets: [{ asset: everyFieldForm(), submissions: [everyFieldSubmission()] }],
  });
}, 120_000);
afterAll(async () => {
  await server?.close();
  await db?.close();
  await testDb?.drop();
});

/** Imports one single-person household and answers the stored person's fields, dates as ISO dates. */
async function importOne(source: RegistrationSource): Promise<Record<string, unknown>> {
  const report = await importRegistrations(db, systemActor('test'), source, {
    centreCode: 'CRC-JALAWLA',
    today: '2026-11-30',
  });
  expect(report.rejections).toEqual([]);
  // Every column or question named a field.
  expect(report.source.ignored).toEqual([]);
  expect(report.counts.households.created).toBe(1);
  const registered = await db.prisma.registrationSource.findFirstOrThrow({
    where: { importId: report.importId! },
    select: { beneficiaryIds: true },
  });
  const stored = await db.prisma.beneficiary.findUniqueOrThrow({ where: { id: registered.beneficiaryIds[0]! } });
  return Object.fromEntries(
    Object.entries(stored).map(([key, value]) => [
      key,
      value instanceof Date ? value.toISOString().slice(0, 10) : value,
    ]),
  );
}

/** Every field as registerBeneficiary would store the example: its column, or (consent) the consent purposes. */
function expectEveryField(stored: Record<string, unknown>): void {
  const expected: Record<string, unknown> = BeneficiaryCreateSchema.parse({
    ...BENEFICIARY_EXAMPLE,
    registrationCentreId: centreId,
  });
  const columns = BENEFICIARY_FIELD_NAMES.filter((name) => name in stored);
  expect(Object.fromEntries(columns.map((name) => [name, stored[name]]))).toEqual(
    Object.fromEntries(columns.map((name) => [name, expected[name] ?? null])),
  );
  // The two consents are kept as purposes, not columns.
  expect(BENEFICIARY_FIELD_NAMES.filter((name) => !(name in stored))).toEqual([
    'consentToDataProcessing',
    'consentToShareWithPartners',
  ]);
  expect(stored.consentPurposes).toEqual([
    'data_processing',
    ...(expected.consentToShareWithPartners === true ? ['sharing_with_partners'] : []),
  ]);
}

describe(`every Beneficiary field of the registry flows through the import (${TEST_DATABASE_KIND})`, () => {
  it('from a sheet with one row per person, its columns named as the fields are in snake_case', async () => {
    const rows = [
      ['household_id', 'relationship', ...GIVEN.map(questionName)],
      ['EVERY-1', 'head', ...GIVEN.map(cellText)],
    ];
    expectEveryField(await importOne(rowsSource('every-field.csv', rows)));
  });

  it('from a sheet with one row per household, the person fields as member columns', async () => {
    const rows = [
      ['household_id', ...HOUSEHOLD.map(questionName), ...PERSON.map((name) => `member_1_${questionName(name)}`)],
      ['EVERY-2', ...HOUSEHOLD.map(cellText), ...PERSON.map(cellText)],
    ];
    expectEveryField(await importOne(rowsSource('every-field-wide.csv', rows)));
  });

  it('from a KoboToolbox submission, a question per field', async () => {
    const client = createKoboClient({ baseUrl: server.baseUrl, token: TOKEN });
    expectEveryField(await importOne(koboSource(client, ASSET_UID)));
  });
});
