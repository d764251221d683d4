import { describe, expect, it } from 'vitest';
import { IDS } from './fixtures.test-data';
import { formatIssues } from './format-issues';
import { ReferralCreateSchema, ReferralStatusChangeSchema, ReferralUpdateSchema } from './referral';

const toMhpss = {
  beneficiaryId: IDS.a,
  fromCentreId: IDS.b,
  toOrganisationId: IDS.c,
  serviceType: 'referral_mhpss',
  reason: 'Signs of distress after displacement; asked for counselling.',
  referredOn: '2019-10-01',
};
const fields = (input: object) =>
  formatIssues(ReferralCreateSchema.safeParse(input).error ?? { issues: [] }).map((issue) => issue.field);

describe('referral schemas', () => {
  it('a new referral starts as a draft unless sent at once', () => {
    expect(ReferralCreateSchema.parse(toMhpss).status).toBe('draft');
    expect(ReferralCreateSchema.parse({ ...toMhpss, status: 'requested' }).status).toBe('requested');
    expect(fields({ ...toMhpss, status: 'completed' })).toEqual(['status']);
  });

  it('rejects an empty reason and a follow-up before the referral', () => {
    expect(fields({ ...toMhpss, reason: ' ' })).toEqual(['reason']);
    expect(fields({ ...toMhpss, followUpOn: '2019-09-01' })).toEqual(['followUpOn']);
  });

  it('the update schema does not change status; status changes have their own schema', () => {
    expect(ReferralUpdateSchema.parse({ status: 'completed', reason: 'Updated reason' })).toEqual({
      reason: 'Updated reason',
    });
    expect(ReferralUpdateSchema.safeParse({ status: 'completed' }).success).toBe(false);
    expect(ReferralStatusChangeSchema.parse({ status: 'accepted', changedOn: '2019-10-03' }).status).toBe('accepted');
    expect(ReferralStatusChangeSchema.safeParse({ status: 'lost', changedOn: '2019-10-03' }).success).toBe(false);
  });
});
