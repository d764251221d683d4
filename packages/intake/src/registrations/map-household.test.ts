import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapHousehold, type HouseholdDraft } from './map-household';
import { readRegistrationTable } from './read-registration-table';
import { rejectsCsv } from './rejects-file';
import type { Rejection } from './source-household';

const CENTRE = '00000000-0000-4000-8000-000000000001';
const context = { registrationCentreId: CENTRE, today: '2026-11-30' };

async function csv(text: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'crc-intake-'));
  const path = join(dir, 'registrations.csv');
  await writeFile(path, text);
  return path;
}

async function mapped(text: string) {
  const table = await readRegistrationTable(await csv(text));
  const drafts: HouseholdDraft[] = [];
  const rejections: Rejection[] = [...table.rejected];
  for (const household of table.households) {
    const result = mapHousehold(household, context);
    if (result.ok) drafts.push(result.draft);
    else rejections.push(...result.rejections);
  }
  return { table, drafts, rejections };
}

describe('reading and checking registrations (one row per person)', () => {
  it('groups rows by household key, head first, with the household fields of the head row', async () => {
    const { table, drafts, rejections } = await mapped(
      [
        'household_id,relationship,given_name,father_name,family_name,sex,date_of_birth,district,population_group,consent,phone,services',
        'HH-1,child,زينب,أحمد,الجبوري,female,2015-03-02,,,yes,,',
        'HH-1,head,أحمد,علي,الجبوري,male,12/05/1980,IQG10Q02,idp,yes,0770 123 4567,legal_counselling psychosocial_support',
        'HH-2,head,Sara,Mahmoud,Al-Kaabi,F,1990,Khanaqin,Returnee,نعم,,',
      ].join('\n'),
    );
    expect(rejections).toEqual([]);
    expect(table.layout).toBe('person-rows');
    expect(drafts).toHaveLength(2);
    const [first, second] = drafts as [HouseholdDraft, HouseholdDraft];
    expect(first).toMatchObject({
      sourceKey: 'file:HH-1',
      areaOfResidencePcode: 'IQG10Q02',
      populationGroup: 'idp',
      size: 2,
      registeredOn: '2026-11-30',
      servicesDelivered: ['legal_counselling', 'psychosocial_support'],
    });
    expect(
      first.members.map((member) => [member.relationshipToHead, member.person.givenName, member.person.dateOfBirth]),
    ).toEqual([
      ['head', 'أحمد', '1980-05-12'],
      ['child', 'زينب', '2015-03-02'],
    ]);
    expect(first.members[0]?.person).toMatchObject({
      phone: '07701234567',
      registrationCentreId: CENTRE,
      householdSize: 2,
      consentToDataProcessing: true,
    });
    // Labels and names are read as codes: "F", "Returnee", a district name, a year of birth (estimated).
    expect(second).toMatchObject({ areaOfResidencePcode: 'IQG10Q05', populationGroup: 'returnee' });
    expect(second.members[0]?.person).toMatchObject({
      sex: 'female',
      dateOfBirth: '1990-07-01',
      dateOfBirthEstimated: true,
    });
  });

  it('rejects a household for any bad member, naming row, column and reason, without personal values', async () => {
    const { drafts, rejections } = await mapped(
      [
        'household_id,relationship,given_name,family_name,sex,date_of_birth,district,population_group,consent',
        'HH-1,head,Ali,Al-Obaidi,male,1980-02-30,IQG10Q02,idp,yes',
        'HH-1,spouse,Huda,Al-Obaidi,x,1982-01-01,IQG10Q02,idp,yes',
        'HH-2,head,Omar,Al-Saadi,male,1975-01-01,IQG99Q99,idp,yes',
        'HH-3,head,Noor,,female,1999-09-09,IQG10Q02,idp,no',
        'HH-4,head,Khalid,Al-Taie,male,1970-01-01,IQG10Q02,idp,yes',
        'HH-4,head,Raad,Al-Taie,male,1972-01-01,IQG10Q02,idp,yes',
      ].join('\n'),
    );
    expect(drafts).toEqual([]);
    const summary = rejections.map((r) => [
      r.ref.kind === 'rows' ? r.ref.rows.join('+') : r.ref.id,
      r.position,
      r.field,
      r.value,
      r.reason,
    ]);
    expect(summary).toEqual([
      ['2+3', 2, 'date_of_birth', undefined, 'is not a calendar date'],
      ['2+3', 3, 'sex', 'x', expect.stringContaining('is not one of the sexes codes')],
      ['4', 4, 'district', 'IQG99Q99', 'unknown p-code "IQG99Q99"'],
      ['5', 5, 'family_name', undefined, 'must be given'],
      ['5', 5, 'consent', 'no', 'must be true: register a person only with their informed consent'],
      [
        '6+7',
        undefined,
        'relationship',
        undefined,
        'the household must have exactly one member whose relationship is head (has 2)',
      ],
    ]);
  });

  it('writes a rejects file that a spreadsheet cannot run as formulas', async () => {
    const text = rejectsCsv([
      {
        ref: { kind: 'rows', rows: [4] },
        field: 'district',
        value: '=HYPERLINK("http://x")',
        reason: 'unknown p-code',
      },
    ]);
    expect(text.startsWith('\ufeff"household","row_or_member","field","value","reason"')).toBe(true);
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
  });

  it('reads one row per household with member columns', async () => {
    const { table, drafts, rejections } = await mapped(
      [
        'household_id,district,population_group,member_1_given_name,member_1_family_name,member_1_sex,member_1_date_of_birth,member_1_relationship,member_1_consent,member_2_given_name,member_2_family_name,member_2_sex,member_2_date_of_birth,member_2_relationship,member_2_consent',
        'W-1,IQG10Q02,host_community,Ibrahim,Al-Tamimi,male,1966-06-06,head,yes,Layla,Al-Tamimi,female,1970-07-07,spouse,yes',
      ].join('\n'),
    );
    expect(rejections).toEqual([]);
    expect(table.layout).toBe('household-rows');
    expect(drafts[0]?.members.map((member) => member.person.givenName)).toEqual(['Ibrahim', 'Layla']);
  });
});
