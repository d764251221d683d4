import { vocabularySchema } from './vocabulary';

/**
 * Statuses of an import batch. An import writes in one transaction, so `failed` means
 * nothing was written; `completed_with_rejections` means valid rows were written and
 * some rows were rejected (counted and reported).
 */
export const IMPORT_BATCH_STATUSES = [
  { code: 'running', label: 'Running', terminal: false },
  { code: 'completed', label: 'Completed', terminal: true },
  { code: 'completed_with_rejections', label: 'Completed with rejected rows', terminal: true },
  { code: 'failed', label: 'Failed', terminal: true },
] as const;

export const ImportBatchStatusSchema = /* @__PURE__ */ vocabularySchema(IMPORT_BATCH_STATUSES, 'import batch status');
export type ImportBatchStatus = (typeof IMPORT_BATCH_STATUSES)[number]['code'];
