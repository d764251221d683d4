// Feedback and complaints, and M&E evaluations: who sees what, figures, record shapes. Writes are in commands/.
export * from './evaluation-record';
export * from './feedback-figures';
export * from './feedback-reader';
export * from './feedback-record';
export * from './feedback-visibility';
export * from './overdue-feedback';
