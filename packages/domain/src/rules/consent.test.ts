import { describe, expect, it } from 'vitest';
import { consentAllows, purposesInForce } from './consent';

describe('consent', () => {
  const registered = { givenOn: '2018-01-10', purposesGiven: ['data_processing'], purposesWithdrawn: [] };
  const sharing = {
    givenOn: '2018-01-10',
    purposesGiven: ['data_processing', 'sharing_with_partners', 'contact'],
    purposesWithdrawn: [],
  };

  it('allows only the uses whose purpose was given', () => {
    expect(consentAllows(registered, 'services')).toBe(true);
    expect(consentAllows(registered, 'figures')).toBe(true);
    expect(consentAllows(registered, 'referral_to_partner')).toBe(false);
    expect(consentAllows(registered, 'contact')).toBe(false);
    expect(consentAllows(sharing, 'referral_to_partner')).toBe(true);
  });

  it('stops exactly the use withdrawn', () => {
    const noSharing = { ...sharing, purposesWithdrawn: ['sharing_with_partners'] };
    expect(consentAllows(noSharing, 'referral_to_partner')).toBe(false);
    expect(consentAllows(noSharing, 'services')).toBe(true);
    expect(consentAllows(noSharing, 'contact')).toBe(true);
  });

  it('withdrawing data processing withdraws every purpose', () => {
    const withdrawn = { ...sharing, purposesWithdrawn: ['data_processing'] };
    expect(purposesInForce(withdrawn)).toEqual([]);
    for (const use of ['services', 'referral_to_partner', 'contact', 'figures'] as const)
      expect(consentAllows(withdrawn, use)).toBe(false);
  });

  it('treats people registered before consent was recorded by purpose as consenting to all, until they withdraw', () => {
    const legacy = { givenOn: null, purposesGiven: [], purposesWithdrawn: [] };
    expect(purposesInForce(legacy)).toEqual(['data_processing', 'sharing_with_partners', 'contact']);
    expect(consentAllows({ ...legacy, purposesWithdrawn: ['contact'] }, 'contact')).toBe(false);
  });
});
