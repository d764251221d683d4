import { describe, expect, it } from 'vitest';
import { FEEDBACK_CATEGORIES } from '../vocabularies/feedback-categories';
import {
  addCalendarDays,
  daysBetween,
  isFeedbackOverdue,
  isRestrictedSensitivity,
  responseDueOn,
  sensitivityOfCategory,
} from './feedback-deadline';

describe('feedback sensitivity', () => {
  it('follows from the category: PSEA is psea, staff conduct and fraud are sensitive, the rest standard', () => {
    expect(sensitivityOfCategory('psea')).toBe('psea');
    expect(sensitivityOfCategory('staff_conduct')).toBe('sensitive');
    expect(sensitivityOfCategory('fraud')).toBe('sensitive');
    expect(sensitivityOfCategory('service_quality_complaint')).toBe('standard');
    expect(sensitivityOfCategory('positive_feedback')).toBe('standard');
  });

  it('restricts sensitive and psea entries only', () => {
    expect(isRestrictedSensitivity('psea')).toBe(true);
    expect(isRestrictedSensitivity('sensitive')).toBe(true);
    expect(isRestrictedSensitivity('standard')).toBe(false);
  });
});

describe('feedback deadlines', () => {
  it('gives every category a deadline, PSEA the shortest', () => {
    const days = FEEDBACK_CATEGORIES.map((c) => c.responseDays);
    expect(Math.min(...days)).toBe(FEEDBACK_CATEGORIES.find((c) => c.code === 'psea')?.responseDays);
  });

  it('counts calendar days across month and year ends', () => {
    expect(responseDueOn('2018-02-27', 'service_quality_complaint')).toBe('2018-03-13');
    expect(responseDueOn('2024-12-30', 'psea')).toBe('2025-01-02');
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(daysBetween('2018-01-31', '2018-03-01')).toBe(29);
  });

  it('calls an entry overdue only while it waits for a response after its due date', () => {
    expect(isFeedbackOverdue({ status: 'referred', responseDueOn: '2018-03-13' }, '2018-03-14')).toBe(true);
    expect(isFeedbackOverdue({ status: 'referred', responseDueOn: '2018-03-13' }, '2018-03-13')).toBe(false);
    expect(isFeedbackOverdue({ status: 'responded', responseDueOn: '2018-03-13' }, '2018-04-01')).toBe(false);
    expect(isFeedbackOverdue({ status: 'closed', responseDueOn: '2018-03-13' }, '2018-04-01')).toBe(false);
  });
});
