import { describe, expect, it } from 'vitest';
import { HouseholdCreateSchema, HouseholdMemberAddSchema } from './household';

const CENTRE = '6f1c0c8e-5b1a-4c1e-9d0a-1a2b3c4d5e6f';
const PERSON = '0b7e6a52-3c1d-4e2f-8a9b-0c1d2e3f4a5b';
const base = {
  registrationCentreId: CENTRE,
  size: 4,
  areaOfResidencePcode: 'IQG10Q05N02',
  populationGroup: 'returnee',
  registeredOn: '2018-02-01',
};

describe('HouseholdCreateSchema', () => {
  it('takes registered people and people to register, with exactly one head', () => {
    const parsed = HouseholdCreateSchema.parse({
      ...base,
      members: [
        { beneficiaryId: PERSON, relationshipToHead: 'head' },
        { person: { givenName: 'زينب' }, relationshipToHead: 'child' },
      ],
    });
    expect(parsed.members).toHaveLength(2);
  });

  it('names the field at fault: no head, two heads, more members than the size, a member given both ways', () => {
    const noHead = HouseholdCreateSchema.safeParse({
      ...base,
      members: [{ beneficiaryId: PERSON, relationshipToHead: 'spouse' }],
    });
    expect(noHead.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['members']);
    const tooMany = HouseholdCreateSchema.safeParse({
      ...base,
      size: 1,
      members: [
        { beneficiaryId: PERSON, relationshipToHead: 'head' },
        { person: {}, relationshipToHead: 'child' },
      ],
    });
    expect(tooMany.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['size']);
    const both = HouseholdCreateSchema.safeParse({
      ...base,
      members: [{ beneficiaryId: PERSON, person: {}, relationshipToHead: 'head' }],
    });
    expect(both.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['members.0.beneficiaryId']);
  });

  it('refuses a new member as head (the head changes through its own command)', () => {
    const result = HouseholdMemberAddSchema.safeParse({
      householdId: CENTRE,
      beneficiaryId: PERSON,
      relationshipToHead: 'head',
    });
    expect(result.error?.issues[0]?.path).toEqual(['relationshipToHead']);
  });
});
