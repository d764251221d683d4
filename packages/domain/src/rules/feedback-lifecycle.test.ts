import { describe, expect, it } from 'vitest';
import { FEEDBACK_STATUSES } from '../vocabularies/feedback-statuses';
import {
  FEEDBACK_TRANSITIONS,
  feedbackActionsFrom,
  FeedbackTransitionError,
  nextFeedbackStatus,
} from './feedback-lifecycle';

describe('feedback lifecycle', () => {
  it('runs received → acknowledged → referred → responded → closed, and reopens to acknowledged', () => {
    let status = 'received';
    for (const action of ['acknowledge', 'refer', 'respond', 'close', 'reopen'])
      status = nextFeedbackStatus(status, action);
    expect(status).toBe('acknowledged');
  });

  it('lets an entry be referred on, and closed without referral once acknowledged', () => {
    expect(nextFeedbackStatus('referred', 'refer')).toBe('referred');
    expect(nextFeedbackStatus('responded', 'refer')).toBe('referred');
    expect(nextFeedbackStatus('acknowledged', 'close')).toBe('closed');
  });

  it('refuses moves the lifecycle does not have, naming what is allowed', () => {
    expect(() => nextFeedbackStatus('received', 'close')).toThrow(FeedbackTransitionError);
    expect(() => nextFeedbackStatus('received', 'close')).toThrow('"acknowledge", "refer"');
    expect(() => nextFeedbackStatus('closed', 'respond')).toThrow('"reopen"');
    expect(() => nextFeedbackStatus('lost', 'close')).toThrow('"lost" is not a feedback status');
    expect(() => nextFeedbackStatus('received', 'escalate')).toThrow('"escalate" is not a feedback action');
  });

  it('gives every status a way forward (no dead end: closed can be reopened)', () => {
    for (const status of FEEDBACK_STATUSES) expect(feedbackActionsFrom(status.code).length).toBeGreaterThan(0);
    expect(Object.keys(FEEDBACK_TRANSITIONS).sort()).toEqual(FEEDBACK_STATUSES.map((s) => s.code).sort());
  });
});
