import { describe, expect, it } from 'vitest';
import { REFERRAL_STATUSES } from '../vocabularies/referral-statuses';
import {
  assertReferralTransition,
  canTransitionReferral,
  nextReferralStatuses,
  REFERRAL_TRANSITIONS,
  ReferralTransitionError,
} from './referral-lifecycle';

describe('referral lifecycle', () => {
  it('allows the normal path draft -> requested -> accepted -> in_progress -> completed', () => {
    const path = ['draft', 'requested', 'accepted', 'in_progress', 'completed'];
    for (let i = 1; i < path.length; i++) expect(canTransitionReferral(path[i - 1]!, path[i]!)).toBe(true);
  });

  it('allows declining, cancelling and closing without response', () => {
    expect(canTransitionReferral('requested', 'declined')).toBe(true);
    expect(canTransitionReferral('in_progress', 'cancelled')).toBe(true);
    expect(canTransitionReferral('requested', 'closed_no_response')).toBe(true);
  });

  it('forbids skipping, going back, leaving terminal statuses and unknown statuses', () => {
    expect(canTransitionReferral('draft', 'accepted')).toBe(false);
    expect(canTransitionReferral('accepted', 'requested')).toBe(false);
    expect(canTransitionReferral('completed', 'in_progress')).toBe(false);
    expect(canTransitionReferral('draft', 'declined')).toBe(false);
    expect(canTransitionReferral('draft', 'draft')).toBe(false);
    expect(canTransitionReferral('draft', 'lost')).toBe(false);
  });

  it('has a transition table covering exactly the vocabulary; terminal statuses lead nowhere', () => {
    expect(Object.keys(REFERRAL_TRANSITIONS).sort()).toEqual(REFERRAL_STATUSES.map((s) => s.code).sort());
    for (const status of REFERRAL_STATUSES) {
      expect(nextReferralStatuses(status.code).length === 0).toBe(status.terminal);
    }
  });

  it('every non-terminal status is reachable from draft', () => {
    const reached = new Set<string>(['draft']);
    const queue = ['draft' as const] as (keyof typeof REFERRAL_TRANSITIONS)[];
    while (queue.length > 0) {
      for (const next of nextReferralStatuses(queue.shift()!)) {
        if (!reached.has(next)) {
          reached.add(next);
          queue.push(next);
        }
      }
    }
    expect(reached.size).toBe(REFERRAL_STATUSES.length);
  });

  it('assertReferralTransition names both statuses', () => {
    expect(() => assertReferralTransition('requested', 'accepted')).not.toThrow();
    expect(() => assertReferralTransition('completed', 'draft')).toThrow(ReferralTransitionError);
    expect(() => assertReferralTransition('completed', 'draft')).toThrow(/"completed" to "draft".*final/);
    expect(() => assertReferralTransition('draft', 'accepted')).toThrow(
      /"draft" to "accepted".*"requested", "cancelled"/,
    );
    expect(() => assertReferralTransition('draft', 'nope')).toThrow(/"nope" is not a referral status/);
  });
});
