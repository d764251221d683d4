import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway';
import { peopleRowCounts } from './people-counts';
import { AREA_A, seedPeople, type PeopleFixture } from './people-fixtures';

const REGISTER = `mutation Register($input: RegisterBeneficiaryInput!, $confirm: Boolean) {
  registerBeneficiary(input: $input, confirmNotDuplicate: $confirm) {
    __typename
    ... on Error { message }
    ... on ValidationError { issues { field label message } }
    ... on ForbiddenError { field }
    ... on PossibleDuplicates { candidates { similarity sameNameKey beneficiary { id givenName fatherName familyName } } }
    ... on RegisterBeneficiarySuccess { beneficiary { id givenName familyName dateOfBirth sex registrationCentreId } }
  }
}`;

interface RegisterResult {
  registerBeneficiary: {
    __typename: string;
    message?: string;
    field?: string;
    issues?: { field: string; label: string; message: string }[];
    candidates?: {
      similarity: number;
      sameNameKey: boolean;
      beneficiary: { id: string; givenName: string; familyName: string };
    }[];
    beneficiary?: {
      id: string;
      givenName: string;
      familyName: string;
      dateOfBirth: string;
      sex: string;
      registrationCentreId: string;
    };
  };
}

let gw: TestGateway;
let f: PeopleFixture;
beforeAll(async () => {
  gw = await createTestGateway();
  f = await seedPeople(gw);
});
afterAll(async () => {
  await gw.close();
});

/** The same person as the fixture's محمد حسن علي (born 1990 in area A), written in Latin letters. */
function mohammedInLatin(centreId: string) {
  return {
    registrationCentreId: centreId,
    givenName: 'Mohammed',
    fatherName: 'Hassan',
    familyName: 'Ali',
    dateOfBirth: '1990-09-01',
    sex: 'male',
    populationGroup: 'returnee',
    householdSize: 5,
    areaOfResidencePcode: AREA_A,
    registeredOn: '2024-06-01',
    consentToDataProcessing: true,
  };
}

function register(input: object, options: { apiKey?: string; confirm?: boolean; lang?: string } = {}) {
  return gw.graphql<RegisterResult>(REGISTER, {
    variables: { input, ...(options.confirm === undefined ? {} : { confirm: options.confirm }) },
    ...(options.apiKey === undefined ? {} : { apiKey: options.apiKey }),
    ...(options.lang === undefined ? {} : { headers: { 'accept-language': options.lang } }),
  });
}

describe('registerBeneficiary', () => {
  let before: Awaited<ReturnType<typeof peopleRowCounts>>;
  beforeEach(async () => {
    before = await peopleRowCounts(gw);
  });

  it('names the three bad fields of an invalid person, in English and in Arabic, and writes nothing', async () => {
    const invalid = {
      ...mohammedInLatin(f.centreA),
      givenName: 'Karim',
      sex: 'x',
      householdSize: -3,
      dateOfBirth: '2999-01-01',
    };
    const english = (await register(invalid, { apiKey: f.keys.STAFF_A })).data?.registerBeneficiary;
    expect(english?.__typename).toBe('ValidationError');
    expect(english?.issues?.map((issue) => issue.field).sort()).toEqual(['dateOfBirth', 'householdSize', 'sex']);
    expect(english?.message).toBe('The input is not valid: 3 problems');

    const arabic = (await register(invalid, { apiKey: f.keys.STAFF_A, lang: 'ar' })).data?.registerBeneficiary;
    expect(arabic?.__typename).toBe('ValidationError');
    expect(arabic?.issues?.map((issue) => issue.field).sort()).toEqual(['dateOfBirth', 'householdSize', 'sex']);
    expect(arabic?.message).toMatch(/[\u0600-\u06FF]/);
    const labels = Object.fromEntries((arabic?.issues ?? []).map((issue) => [issue.field, issue.label]));
    expect(labels).toEqual({ sex: 'الجنس', householdSize: 'عدد أفراد الأسرة', dateOfBirth: 'تاريخ الميلاد' });
    for (const issue of arabic?.issues ?? []) expect(issue.message, issue.field).toMatch(/[\u0600-\u06FF]/);

    expect(await peopleRowCounts(gw)).toEqual(before);
  });

  it('finds محمد حسن علي when Mohammed Hassan Ali is registered, writes nothing, then registers on confirmation', async () => {
    const first = (await register(mohammedInLatin(f.centreA), { apiKey: f.keys.STAFF_A })).data?.registerBeneficiary;
    expect(first?.__typename).toBe('PossibleDuplicates');
    expect(first?.message).toBe('1 person already registered may be the same person; confirm to register anyway');
    expect(first?.candidates).toHaveLength(1);
    const candidate = first?.candidates?.[0];
    expect(candidate?.beneficiary).toMatchObject({ givenName: 'محمد', fatherName: 'حسن', familyName: 'علي' });
    expect(candidate?.sameNameKey).toBe(false);
    expect(candidate?.similarity).toBeGreaterThanOrEqual(0.85);
    expect(candidate?.similarity).toBeLessThan(1);
    expect(await peopleRowCounts(gw)).toEqual(before);

    const confirmed = (await register(mohammedInLatin(f.centreA), { apiKey: f.keys.STAFF_A, confirm: true })).data
      ?.registerBeneficiary;
    expect(confirmed?.__typename).toBe('RegisterBeneficiarySuccess');
    expect(confirmed?.beneficiary).toMatchObject({
      givenName: 'Mohammed',
      familyName: 'Ali',
      dateOfBirth: '1990-09-01',
      sex: 'MALE',
    });
    expect(await peopleRowCounts(gw)).toEqual({
      ...before,
      beneficiaries: before.beneficiaries + 1,
      auditLog: before.auditLog + 1,
    });

    const stored = await gw.db.prisma.beneficiary.findFirstOrThrow({ where: { givenName: 'Mohammed' } });
    expect(stored.nameKey).toBe('mohammed hassan ali');
    const audit = await gw.db.prisma.auditLog.findFirstOrThrow({
      where: { entity: 'Beneficiary', entityId: stored.id },
    });
    expect(audit.action).toBe('create');
    expect(audit.actor).toMatch(/^api-key:/);
    // Consent is a column; the audit row names the personal fields it wrote but keeps none of their values.
    expect(stored).toMatchObject({
      consentGivenOn: stored.registeredOn,
      consentPurposes: ['data_processing'],
      consentWithdrawnOn: null,
    });
    expect(audit.after).toMatchObject({ confirmedNotDuplicate: true, sex: 'male' });
    expect(audit.fields).toEqual(expect.arrayContaining(['givenName', 'familyName', 'dateOfBirth', 'consentPurposes']));
    for (const value of ['Mohammed', 'Ali', '1990-09-01', stored.nameKey])
      expect(JSON.stringify(audit)).not.toContain(value);

    // The same spelling now matches by name key as well, and both people are listed.
    const again = (
      await register({ ...mohammedInLatin(f.centreA), registeredOn: '2024-06-02' }, { apiKey: f.keys.STAFF_A })
    ).data?.registerBeneficiary;
    expect(again?.__typename).toBe('PossibleDuplicates');
    expect(again?.candidates?.map((c) => [c.beneficiary.givenName, c.sameNameKey])).toEqual([
      ['Mohammed', true],
      ['محمد', false],
    ]);
  });

  it('does not flag a different name, another birth year or another area', async () => {
    const others = [
      { ...mohammedInLatin(f.centreA), givenName: 'Ahmed', fatherName: 'Hassan', familyName: 'Ali' },
      {
        ...mohammedInLatin(f.centreA),
        givenName: 'محمد',
        fatherName: 'حسن',
        familyName: 'علي',
        dateOfBirth: '1991-04-12',
      },
      {
        ...mohammedInLatin(f.centreA),
        givenName: 'محمد',
        fatherName: 'حسن',
        familyName: 'علي',
        areaOfResidencePcode: 'IQG10Q05N01',
      },
    ];
    for (const person of others) {
      const result = (await register(person, { apiKey: f.keys.STAFF_A })).data?.registerBeneficiary;
      expect(result?.__typename, JSON.stringify(person)).toBe('RegisterBeneficiarySuccess');
    }
  });

  it('never shows staff of another centre the people of centre A as duplicates', async () => {
    // Staff B registering the same person at B: the check runs only over B's people.
    const result = (await register(mohammedInLatin(f.centreB), { apiKey: f.keys.STAFF_B })).data?.registerBeneficiary;
    expect(result?.__typename).toBe('RegisterBeneficiarySuccess');
    expect(JSON.stringify(result)).not.toContain('محمد');
  });

  it('refuses staff registering at a centre their key is not bound to, and PUBLIC and PARTNER outright, writing nothing', async () => {
    const other = (await register(mohammedInLatin(f.centreA), { apiKey: f.keys.STAFF_B })).data?.registerBeneficiary;
    expect(other).toMatchObject({ __typename: 'ForbiddenError', field: 'registrationCentreId' });
    for (const apiKey of [undefined, f.keys.PARTNER]) {
      const refused = await register(mohammedInLatin(f.centreA), apiKey === undefined ? {} : { apiKey });
      expect(refused.data).toBeNull();
      expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    }
    expect(await peopleRowCounts(gw)).toEqual(before);
  });

  it('answers NotFoundError for an unknown centre and writes nothing', async () => {
    const result = (await register(mohammedInLatin('99999999-9999-4999-8999-999999999999'), { apiKey: f.keys.ADMIN }))
      .data?.registerBeneficiary;
    expect(result?.__typename).toBe('NotFoundError');
    expect(await peopleRowCounts(gw)).toEqual(before);
  });
});
