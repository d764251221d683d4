import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDS } from './fixtures.test-data';
import { formatIssues } from './format-issues';
import { FundingCreateSchema, FundingUpdateSchema } from './funding';

const usContribution = {
  programmeId: IDS.a,
  donorOrganisationId: IDS.b,
  recipientOrganisationId: IDS.c,
  transactionType: 'incoming_funds',
  amount: '19300000.00',
  currency: 'USD',
  transactionDate: '2018-01-15',
};
const fields = (input: object) =>
  formatIssues(FundingCreateSchema.safeParse(input).error ?? { issues: [] }).map((issue) => issue.field);

beforeEach(() => vi.useFakeTimers({ now: new Date('2024-06-01T12:00:00Z') }));
afterEach(() => vi.useRealTimers());

describe('FundingCreateSchema', () => {
  it('accepts decimal strings and keeps them exact', () => {
    expect(FundingCreateSchema.parse(usContribution).amount).toBe('19300000.00');
    expect(FundingCreateSchema.parse({ ...usContribution, amount: '1500000', currency: 'IQD' }).amount).toBe('1500000');
  });

  it.each([1e3, 1500.5, '1e3', 'abc', '-100'])('rejects the amount %j', (amount) => {
    expect(fields({ ...usContribution, amount })).toEqual(['amount']);
  });

  it('rejects fractional dinars, same donor and recipient, and a target-less transaction', () => {
    expect(fields({ ...usContribution, amount: '1500000.25', currency: 'IQD' })).toEqual(['amount']);
    expect(fields({ ...usContribution, recipientOrganisationId: IDS.b })).toEqual(['recipientOrganisationId']);
    expect(fields({ ...usContribution, programmeId: undefined })).toEqual(['projectId']);
    expect(fields({ ...usContribution, currency: 'usd' })).toEqual(['currency']);
  });

  it('money received cannot be dated in the future, a pledge can', () => {
    expect(fields({ ...usContribution, transactionDate: '2025-01-01' })).toEqual(['transactionDate']);
    expect(fields({ ...usContribution, transactionType: 'incoming_pledge', transactionDate: '2025-01-01' })).toEqual(
      [],
    );
  });

  it('updates check the amount against the currency when both are given', () => {
    expect(FundingUpdateSchema.safeParse({ amount: '10.5', currency: 'IQD' }).success).toBe(false);
    expect(FundingUpdateSchema.safeParse({ amount: '10.5' }).success).toBe(true);
  });
});
