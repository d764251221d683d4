import { canTransitionReferral, REFERRAL_STATUSES } from '@crc/domain';
import { describe, expect, it } from 'vitest';
import { dateOf, isWorkingDay } from './demo-calendar';
import { residenceAreasOf } from './demo-centre';
import { randomFor, stableUuid } from './random';
import { FEMALE_GIVEN_NAMES } from './iraqi-names';
import { generatePeople, referralPath, type PeopleParameters } from './synthetic-people';

const parameters = (seed: number): PeopleParameters => ({
  seed,
  deliveriesPerBeneficiary: 5,
  referralPartnerIds: ['00000000-0000-8000-8000-000000000001'],
  centres: [
    {
      id: 'centre-crc',
      code: 'CRC-JALAWLA',
      kind: 'community_resource_centre',
      areaPcode: 'IQG10Q05N04',
      services: ['legal_counselling', 'vocational_training', 'referral_protection', 'referral_mhpss'],
      activeFrom: dateOf('2019-09-19'),
      activeTo: dateOf('2020-12-31'),
      residenceAreas: residenceAreasOf('IQG10Q05N04'),
    },
    {
      id: 'centre-cc',
      code: 'CC-KIRKUK',
      kind: 'community_centre',
      areaPcode: 'IQG13',
      services: ['peacebuilding', 'informal_education', 'childcare'],
      activeFrom: dateOf('2016-12-01'),
      activeTo: dateOf('2020-12-31'),
      residenceAreas: residenceAreasOf('IQG13'),
    },
  ],
});

describe('generatePeople', () => {
  it('gives the same people for the same seed, and other people for another seed', () => {
    expect(generatePeople(parameters(1), 0, 200)).toEqual(generatePeople(parameters(1), 0, 200));
    const other = generatePeople(parameters(2), 0, 200);
    expect(other.beneficiaries.map((b) => b.givenName)).not.toEqual(
      generatePeople(parameters(1), 0, 200).beneficiaries.map((b) => b.givenName),
    );
  });

  it('gives person i the same record however the run is chunked', () => {
    const whole = generatePeople(parameters(3), 0, 300);
    const chunks = [generatePeople(parameters(3), 0, 120), generatePeople(parameters(3), 120, 300)];
    expect(chunks.flatMap((c) => c.beneficiaries)).toEqual(whole.beneficiaries);
    expect(chunks.flatMap((c) => c.deliveries)).toEqual(whole.deliveries);
    expect(chunks.flatMap((c) => c.statusChanges)).toEqual(whole.statusChanges);
  });

  it('serves people several times, on working days, never before they registered', () => {
    const { beneficiaries, deliveries } = generatePeople(parameters(4), 0, 1000);
    const registered = new Map(beneficiaries.map((b) => [b.id, b.registeredOn as Date]));
    const perPerson = new Map<string, number>();
    for (const delivery of deliveries) {
      perPerson.set(delivery.beneficiaryId, (perPerson.get(delivery.beneficiaryId) ?? 0) + 1);
      const day = delivery.deliveredOn as Date;
      expect(isWorkingDay(day)).toBe(true);
      expect(day.getTime()).toBeGreaterThanOrEqual(registered.get(delivery.beneficiaryId)?.getTime() ?? Infinity);
    }
    expect(perPerson.size).toBe(1000);
    const mean = deliveries.length / 1000;
    expect(mean).toBeGreaterThan(4.5);
    expect(mean).toBeLessThan(5.6);
    expect(Math.max(...perPerson.values())).toBeGreaterThan(5);
  });

  it('writes names in Arabic script mostly, some in Latin transliteration, and mixes sexes and groups', () => {
    const { beneficiaries } = generatePeople(parameters(5), 0, 1000);
    const arabic = beneficiaries.filter((b) => /[\u0600-\u06FF]/.test(b.givenName)).length;
    expect(arabic).toBeGreaterThan(700);
    expect(arabic).toBeLessThan(900);
    expect(new Set(beneficiaries.map((b) => b.sex))).toEqual(new Set(['female', 'male', 'not_recorded']));
    expect(new Set(beneficiaries.map((b) => b.populationGroup)).size).toBeGreaterThanOrEqual(4);
    expect(beneficiaries.every((b) => (b.householdSize ?? 0) >= 1 && (b.householdSize ?? 0) <= 10)).toBe(true);
    expect(beneficiaries.filter((b) => b.givenName === b.fatherName)).toEqual([]);
  });

  it('gives everyone a mother’s name from the women’s names, in the script of their own name, never their own name', () => {
    const { beneficiaries } = generatePeople(parameters(7), 0, 1000);
    const women = new Set(FEMALE_GIVEN_NAMES.flatMap((name) => [name.ar, name.latin]));
    expect(beneficiaries.filter((b) => !women.has(String(b.motherName)))).toEqual([]);
    const arabic = (text: unknown) => /[\u0600-\u06FF]/.test(String(text));
    expect(beneficiaries.filter((b) => arabic(b.motherName) !== arabic(b.givenName))).toEqual([]);
    expect(beneficiaries.filter((b) => b.givenName === b.motherName)).toEqual([]);
    expect(new Set(beneficiaries.map((b) => b.motherName)).size).toBeGreaterThan(20);
  });

  it('refers people only from centres that make referrals, through lifecycle-valid histories ending in the referral status', () => {
    const { referrals, statusChanges } = generatePeople(parameters(6), 0, 2000);
    expect(referrals.length).toBeGreaterThan(100);
    expect(referrals.every((r) => r.fromCentreId === 'centre-crc')).toBe(true);
    expect(new Set(referrals.map((r) => r.status)).size).toBe(REFERRAL_STATUSES.length);
    for (const referral of referrals) {
      const history = statusChanges.filter((change) => change.referralId === referral.id);
      expect(history[0]?.fromStatus).toBeNull();
      expect(history.at(-1)?.toStatus).toBe(referral.status);
      for (const change of history.slice(1))
        expect(canTransitionReferral(String(change.fromStatus), change.toStatus)).toBe(true);
      expect(referral.closedOn === null).toBe(
        ['draft', 'requested', 'accepted', 'in_progress'].includes(referral.status),
      );
    }
  });

  it('builds every referral path from the domain lifecycle', () => {
    for (let i = 0; i < 200; i += 1) {
      const random = randomFor('paths', i);
      for (const status of REFERRAL_STATUSES) {
        const path = referralPath(random, status.code);
        expect(path[0]).toBe('draft');
        expect(path.at(-1)).toBe(status.code);
        path.slice(1).forEach((next, k) => expect(canTransitionReferral(path[k] ?? '', next)).toBe(true));
      }
    }
  });
});

describe('stableUuid', () => {
  it('is a well-formed UUID that depends only on its key', () => {
    expect(stableUuid('a', 1)).toBe(stableUuid('a', 1));
    expect(stableUuid('a', 1)).not.toBe(stableUuid('a', 2));
    expect(stableUuid('a', 1)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
