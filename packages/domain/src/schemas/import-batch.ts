import { z } from 'zod';
import { DisplacementSourceSchema } from '../vocabularies/displacement-sources';
import { ImportBatchStatusSchema } from '../vocabularies/import-batch-statuses';
import { AFTER_FIELD_CHECKS } from './cross-field-checks';
import { ENTITY_FIELDS } from './entity-fields';
import { TimestampSchema } from './timestamp';
import { AT_LEAST_ONE_FIELD, hasAtLeastOneField } from './update-input';

const count = z.int({ error: 'must be a whole number' }).min(0, { error: 'must not be negative' });

/** What happened to the rows of an import: every row read ends in exactly one other count. */
export const ImportCountsSchema = z.object({
  read: count,
  inserted: count,
  updated: count,
  unchanged: count,
  rejected: count,
});
export type ImportCounts = z.infer<typeof ImportCountsSchema>;

const importBatchFields = {
  source: DisplacementSourceSchema,
  /** The imported file; absent for API imports. */
  fileName: z.string().trim().min(1).max(500).optional(),
  /** SHA-256 of the file, lower-case hex: the same file is never imported twice unnoticed. */
  fileHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/, { error: 'must be a SHA-256 digest in lower-case hex (64 characters)' })
    .optional(),
  counts: ImportCountsSchema,
  startedAt: TimestampSchema,
  finishedAt: TimestampSchema.optional(),
  status: ImportBatchStatusSchema,
};

type ImportBatchFields = z.output<z.ZodObject<typeof importBatchFields>>;

function checkImportBatch(batch: Partial<ImportBatchFields>, ctx: z.RefinementCtx): void {
  if (batch.fileName !== undefined && batch.fileHash === undefined) {
    ctx.addIssue({ code: 'custom', path: ['fileHash'], message: 'is required when a file was imported' });
  }
  if (batch.startedAt && batch.finishedAt && batch.finishedAt < batch.startedAt) {
    ctx.addIssue({ code: 'custom', path: ['finishedAt'], message: 'must not be before startedAt' });
  }
  if (batch.status === undefined) return;
  const running = batch.status === 'running';
  if (running && batch.finishedAt !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['finishedAt'], message: 'a running import has not finished' });
  }
  if (!running && batch.finishedAt === undefined && batch.startedAt !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['finishedAt'], message: `is required once the import is ${batch.status}` });
  }
  const counts = batch.counts;
  if (!counts) return;
  const accounted = counts.inserted + counts.updated + counts.unchanged + counts.rejected;
  if (!running && batch.status !== 'failed' && accounted !== counts.read) {
    ctx.addIssue({
      code: 'custom',
      path: ['counts'],
      message: `inserted + updated + unchanged + rejected (${accounted}) must equal read (${counts.read})`,
    });
  }
  if (batch.status === 'completed' && counts.rejected > 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['status'],
      message: 'rows were rejected: the status is completed_with_rejections',
    });
  }
  if (batch.status === 'completed_with_rejections' && counts.rejected === 0) {
    ctx.addIssue({ code: 'custom', path: ['status'], message: 'no row was rejected: the status is completed' });
  }
  // A failed import rolls back its transaction, so it wrote nothing.
  if (batch.status === 'failed' && counts.inserted + counts.updated > 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['counts'],
      message: 'a failed import writes nothing: inserted and updated must be 0',
    });
  }
}

/** One run of an importer (DTM API or master-list file), with what it did. */
export const ImportBatchSchema = z
  .object({ ...ENTITY_FIELDS, ...importBatchFields })
  .superRefine(checkImportBatch, AFTER_FIELD_CHECKS);
export type ImportBatch = z.infer<typeof ImportBatchSchema>;

export const ImportBatchCreateSchema = z.object(importBatchFields).superRefine(checkImportBatch, AFTER_FIELD_CHECKS);
export type ImportBatchCreate = z.infer<typeof ImportBatchCreateSchema>;
/** What a caller may pass (defaults not yet applied). */
export type ImportBatchCreateInput = z.input<typeof ImportBatchCreateSchema>;

export const ImportBatchUpdateSchema = z
  .object(importBatchFields)
  .partial()
  .refine(hasAtLeastOneField, AT_LEAST_ONE_FIELD)
  .superRefine(checkImportBatch, AFTER_FIELD_CHECKS);
export type ImportBatchUpdate = z.infer<typeof ImportBatchUpdateSchema>;
