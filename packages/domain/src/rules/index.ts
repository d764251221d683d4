export * from './calendar-date';
export * from './today';
export * from './age';
export * from './age-brackets';
export * from './referral-lifecycle';
export * from './feedback-lifecycle';
export * from './feedback-deadline';
