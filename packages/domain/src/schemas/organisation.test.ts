import { describe, expect, it } from 'vitest';
import { STORED } from './fixtures.test-data';
import { formatIssues } from './format-issues';
import { OrganisationCreateSchema, OrganisationSchema, OrganisationUpdateSchema } from './organisation';

const iom = {
  name: 'International Organization for Migration',
  acronym: 'IOM',
  iatiOrgRef: 'XM-DAC-47066',
  iatiType: 'multilateral',
};

describe('organisation schemas', () => {
  it('accept a valid organisation', () => {
    expect(OrganisationCreateSchema.parse(iom)).toEqual(iom);
    expect(OrganisationSchema.parse({ ...iom, ...STORED }).id).toBe(STORED.id);
    expect(
      OrganisationCreateSchema.parse({ name: 'Ministry of Labour and Social Affairs', iatiType: 'government' }).acronym,
    ).toBeUndefined();
  });

  it('reject a bad IATI reference and an unknown organisation type', () => {
    const result = OrganisationCreateSchema.safeParse({ ...iom, iatiOrgRef: 'IOM Iraq', iatiType: 'ngo' });
    expect(formatIssues(result.error!).map((issue) => issue.field)).toEqual(['iatiOrgRef', 'iatiType']);
  });

  it('updates need at least one field', () => {
    expect(OrganisationUpdateSchema.safeParse({ acronym: 'IOM' }).success).toBe(true);
    expect(OrganisationUpdateSchema.safeParse({}).success).toBe(false);
  });
});
