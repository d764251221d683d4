import { describe, expect, it } from 'vitest';
import { formatIssues } from './format-issues';
import { ImportBatchCreateSchema, ImportBatchUpdateSchema } from './import-batch';

const hash = 'a'.repeat(64);
const done = {
  source: 'dtm_master_list',
  fileName: 'iraq-master-list-idp-round-125.xlsx',
  fileHash: hash,
  counts: { read: 3000, inserted: 2900, updated: 50, unchanged: 40, rejected: 10 },
  startedAt: '2022-04-01T08:00:00Z',
  finishedAt: '2022-04-01T08:03:00Z',
  status: 'completed_with_rejections',
};
const fields = (input: object) =>
  formatIssues(ImportBatchCreateSchema.safeParse(input).error ?? { issues: [] }).map((issue) => issue.field);

describe('ImportBatchCreateSchema', () => {
  it('accepts a finished and a running batch', () => {
    expect(ImportBatchCreateSchema.parse(done).finishedAt).toBeInstanceOf(Date);
    expect(
      ImportBatchCreateSchema.safeParse({
        source: 'dtm_api',
        counts: { read: 0, inserted: 0, updated: 0, unchanged: 0, rejected: 0 },
        startedAt: '2022-04-01T08:00:00Z',
        status: 'running',
      }).success,
    ).toBe(true);
  });

  it('rejects a bad hash, a missing hash for a file, and negative counts', () => {
    expect(fields({ ...done, fileHash: 'ABC' })).toEqual(['fileHash']);
    expect(fields({ ...done, fileHash: undefined })).toEqual(['fileHash']);
    expect(fields({ ...done, counts: { ...done.counts, rejected: -1 } })).toEqual(['counts.rejected']);
  });

  it('checks that counts add up and agree with the status', () => {
    expect(fields({ ...done, counts: { ...done.counts, read: 2999 } })).toEqual(['counts']);
    expect(fields({ ...done, status: 'completed' })).toEqual(['status']);
    expect(fields({ ...done, counts: { ...done.counts, rejected: 0, read: 2990 } })).toEqual(['status']);
    expect(fields({ ...done, status: 'failed' })).toEqual(['counts']);
  });

  it('checks the timing against the status', () => {
    expect(fields({ ...done, finishedAt: '2022-04-01T07:00:00Z' })).toEqual(['finishedAt']);
    expect(fields({ ...done, finishedAt: undefined })).toEqual(['finishedAt']);
    expect(fields({ ...done, status: 'running' })).toEqual(['finishedAt']);
  });

  it('finishing a batch is an update', () => {
    expect(ImportBatchUpdateSchema.safeParse({ status: 'completed', finishedAt: '2022-04-01T08:03:00Z' }).success).toBe(
      true,
    );
  });
});
