import { describe, expect, it } from 'vitest';
import {
  BENEFICIARY_PERSONAL_FIELDS,
  BeneficiaryCreateSchema,
  BeneficiarySchema,
  BeneficiaryUpdateSchema,
} from './beneficiary';
import { IDS, STORED } from './fixtures.test-data';
import { formatIssues } from './format-issues';

const manal = {
  givenName: 'منال',
  familyName: 'Al-Fallujawi',
  fatherName: 'Ahmed',
  phone: '0751 234 2550',
  dateOfBirth: '1985-02-28',
  sex: 'female',
  populationGroup: 'idp',
  householdSize: 5,
  areaOfResidencePcode: 'iqg08q01',
  registrationCentreId: IDS.a,
  registeredOn: '2017-10-01',
  consentToDataProcessing: true,
};

describe('BeneficiaryCreateSchema', () => {
  it('accepts a valid person, normalising phone and p-code and applying defaults', () => {
    const parsed = BeneficiaryCreateSchema.parse(manal);
    expect(parsed.phone).toBe('07512342550');
    expect(parsed.areaOfResidencePcode).toBe('IQG08Q01');
    expect(parsed.dateOfBirthEstimated).toBe(false);
    expect(parsed.consentToShareWithPartners).toBe(false);
  });

  it('reports each bad field by name with a readable reason', () => {
    const result = BeneficiaryCreateSchema.safeParse({
      ...manal,
      sex: 'x',
      householdSize: -1,
      dateOfBirth: '2999-01-01',
    });
    expect(result.success).toBe(false);
    const issues = formatIssues(result.error!);
    expect(issues.map((issue) => issue.field).sort()).toEqual(['dateOfBirth', 'householdSize', 'sex']);
    const byField = Object.fromEntries(issues.map((issue) => [issue.field, issue.message]));
    expect(byField.sex).toMatch(/female, male/);
    expect(byField.householdSize).toMatch(/at least 1/);
    expect(byField.dateOfBirth).toMatch(/must not be in the future/);
  });

  it('requires consent and a plausible phone, and registration after birth', () => {
    const fields = (input: object) =>
      formatIssues(BeneficiaryCreateSchema.safeParse(input).error ?? { issues: [] }).map((issue) => issue.field);
    expect(fields({ ...manal, consentToDataProcessing: false })).toEqual(['consentToDataProcessing']);
    expect(fields({ ...manal, phone: '12345' })).toEqual(['phone']);
    expect(fields({ ...manal, householdSize: 2.5 })).toEqual(['householdSize']);
    expect(fields({ ...manal, registeredOn: '1980-01-01' })).toEqual(['registeredOn']);
    expect(fields({ ...manal, givenName: '   ' })).toEqual(['givenName']);
  });
});

describe('BeneficiarySchema and BeneficiaryUpdateSchema', () => {
  it('stored beneficiaries carry id and timestamps', () => {
    const stored = BeneficiarySchema.parse({ ...BeneficiaryCreateSchema.parse(manal), ...STORED });
    expect(stored.createdAt).toBeInstanceOf(Date);
    expect(
      BeneficiarySchema.safeParse({ ...BeneficiaryCreateSchema.parse(manal), ...STORED, id: 'nope' }).success,
    ).toBe(false);
  });

  it('updates are partial, need one field, and do not re-apply defaults', () => {
    expect(BeneficiaryUpdateSchema.parse({ householdSize: 6 })).toEqual({ householdSize: 6 });
    expect(formatIssues(BeneficiaryUpdateSchema.safeParse({}).error!)[0]?.message).toMatch(/at least one field/);
    expect(BeneficiaryUpdateSchema.safeParse({ sex: 'x' }).success).toBe(false);
  });
});

describe('BENEFICIARY_PERSONAL_FIELDS', () => {
  it('lists the identifying fields and nothing aggregates need', () => {
    // Containment, not equality: a personal field added to BENEFICIARY_FIELDS needs no edit here.
    expect(BENEFICIARY_PERSONAL_FIELDS).toEqual(
      expect.arrayContaining(['givenName', 'familyName', 'fatherName', 'grandfatherName', 'phone', 'dateOfBirth']),
    );
    for (const aggregated of ['sex', 'populationGroup', 'householdSize', 'areaOfResidencePcode', 'registeredOn'])
      expect(BENEFICIARY_PERSONAL_FIELDS).not.toContain(aggregated);
  });
});
