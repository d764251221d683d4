import {
  figureStaging,
  stagingPart,
  upsertDisplacementFigures,
  UPSERT_CHUNK_SIZE,
  type Db,
  type StagingPart,
  type UpsertCounts,
} from '@crc/db';
import type { DisplacementFigureCreate, DisplacementSource, ImportBatchStatus, ImportCounts } from '@crc/domain';
import type { RejectedRow } from './rejected-row';

export interface ImportBatchMeta {
  readonly source: DisplacementSource;
  readonly fileName?: string;
  readonly fileHash?: string;
}

export interface ImportOutcome {
  readonly batchId: string;
  readonly status: Extract<ImportBatchStatus, 'completed' | 'completed_with_rejections'>;
  readonly counts: ImportCounts;
  readonly rejected: readonly RejectedRow[];
  readonly startedAt: Date;
  readonly finishedAt: Date;
}

/** Where producers put figures; buffered and written in bulk inside the batch's transaction. */
export interface FigureSink {
  /** A promise only when the figure filled a chunk and the producer must wait for the one before it to be written. */
  write(figure: DisplacementFigureCreate): Promise<void> | undefined;
}

/** What a producer (file reader, API sync) reports once it has put every figure in the sink. */
export interface ProducedRows {
  /** Source rows read (each ends as inserted, updated, unchanged or rejected). */
  readonly read: number;
  readonly rejected: readonly RejectedRow[];
}

/** The import failed and was rolled back; a `failed` batch (nothing written) records the attempt when the database allows. */
export class ImportFailedError extends Error {
  override readonly name = 'ImportFailedError';
  constructor(
    override readonly cause: unknown,
    readonly failedBatchId: string | undefined,
  ) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
  }
}

// The columns of displacement_figure's indexes besides the natural key (area, group and date; date; round).
const ANALYZE_PROBE_COLUMNS = 'ANALYZE displacement_figure (area_pcode, population_group, reporting_date, round)';

/** Figures staged per upsert when some figures of the source are stored (see runImportBatch). */
const STAGED_FIGURES_PER_UPSERT = 100_000;

/** Rejected rows kept in the batch's JSON report (all of them go to the rejects CSV). */
const REPORTED_REJECTIONS = 1000;

function reportOf(rejected: readonly RejectedRow[], extra: Record<string, unknown>): string {
  return JSON.stringify({ rejectedTotal: rejected.length, rejected: rejected.slice(0, REPORTED_REJECTIONS), ...extra });
}

/**
 * Runs one import as ONE database transaction: the import_batch row, every figure it
 * writes and its final counts commit together or not at all. Other connections see
 * neither the batch nor its figures until the commit, and a killed process leaves
 * nothing behind (PostgreSQL rolls back the open transaction of a dropped connection).
 *
 * On failure the transaction rolls back and a separate `failed` batch with zero
 * inserted/updated rows records the attempt (the import-batch vocabulary's meaning of
 * `failed`: nothing was written), then ImportFailedError is thrown.
 */
export async function runImportBatch(
  db: Db,
  meta: ImportBatchMeta,
  produce: (sink: FigureSink) => Promise<ProducedRows>,
  options: {
    readonly report?: () => Record<string, unknown>;
    readonly onWritten?: (counts: UpsertCounts) => void | Promise<void>;
  } = {},
): Promise<ImportOutcome> {
  const startedAt = new Date();
  let read = 0;
  try {
    return await db.sql.transaction(async (tx) => {
      const [batch] = await tx.query<{ id: string }>(
        `INSERT INTO import_batch (source, file_name, file_hash, status, started_at) VALUES ($1, $2, $3, 'running', $4) RETURNING id`,
        [meta.source, meta.fileName ?? null, meta.fileHash ?? null, startedAt],
      );
      if (batch === undefined) throw new Error('import_batch insert returned no row');
      // The first import of a source: no figure of it is stored, and the producers reject
      // repeated keys, so no figure of this batch can meet a stored one (issue 13: the
      // upsert then skips its unchanged-row probe; ON CONFLICT still decides either way).
      const [stored] = await tx.query<{ stored: boolean; stale: boolean }>(
        `SELECT EXISTS (SELECT FROM displacement_figure WHERE source = $1) AS stored,
                (SELECT reltuples < 0 OR pg_relation_size(oid) / current_setting('block_size')::int > 2 * relpages
                   FROM pg_class WHERE oid = 'displacement_figure'::regclass) AS stale`,
        [meta.source],
      );
      const noneStored = stored?.stored === false;
      // The table more than twice the size its statistics describe (a first import just
      // committed, autovacuum not yet come by): the unchanged-row probe was then planned as
      // a nested loop over the whole table, 61 s instead of 1.5 s for 100,000 unchanged
      // figures (issue 13). Its statistics are gathered first: the table's size and the
      // columns of the other indexes the planner weighs against the natural key, the ones it
      // picked without statistics (a quarter of the cost of every column's; a partial
      // ANALYZE leaves autovacuum's full one due). Asked by size, not by counting the
      // source's figures (20-34 ms for 100,000).
      if (!noneStored && stored?.stale === true) await tx.query(ANALYZE_PROBE_COLUMNS, []);
      const counts: UpsertCounts = { inserted: 0, updated: 0, unchanged: 0 };
      const addCounts = async (written: UpsertCounts) => {
        counts.inserted += written.inserted;
        counts.updated += written.updated;
        counts.unchanged += written.unchanged;
        await options.onWritten?.({ ...counts });
      };
      // Chunks are staged by COPY as they fill, and upserted from the staging table every
      // figuresPerUpsert figures. A first import upserts each chunk: inserting is most of its
      // database time, done while this process reads the next chunk. A re-import stages up
      // to 100,000 figures per upsert: its unchanged-row probe is then one hash anti-join
      // instead of an index probe per figure (100,000 unchanged figures on PostgreSQL: COPY
      // and upsert 0.38-0.43 s in one statement, 0.76-0.86 s in chunks of 5,000, issue 13).
      const staging = figureStaging(tx);
      const figuresPerUpsert = noneStored ? UPSERT_CHUNK_SIZE : STAGED_FIGURES_PER_UPSERT;
      const write = async (
        chunk: readonly DisplacementFigureCreate[],
        part: StagingPart | undefined,
        last: boolean,
      ): Promise<void> => {
        if (staging === undefined || part === undefined) {
          if (chunk.length > 0) await addCounts(await upsertDisplacementFigures(tx, chunk, batch.id, { noneStored }));
          return;
        }
        await staging.add(part);
        if (last || staging.staged >= figuresPerUpsert) await addCounts(await staging.upsert({ noneStored }));
      };
      let buffer: DisplacementFigureCreate[] = [];
      // The chunk being written while the producer reads the next one: the database works
      // while this process parses (first import 0.59 -> see README, issue 13). At most one
      // chunk in flight, so memory stays at two chunks; its failure surfaces at the next
      // flush or at the end, and rolls the whole batch back like any other.
      let inFlight: Promise<void> = Promise.resolve();
      const flush = async (last: boolean) => {
        const chunk = buffer;
        buffer = [];
        // Its COPY text built now, while the database still writes the chunk before it.
        const part = staging === undefined ? undefined : stagingPart(chunk, batch.id);
        await inFlight;
        if (chunk.length === 0 && !last) return;
        // The one write path of displacement figures (@crc/db), inside this batch's transaction.
        inFlight = write(chunk, part, last);
        // Observed now, awaited later: a rejection before the next flush must not count as unhandled.
        inFlight.catch(() => undefined);
      };
      const produced = await produce({
        write(figure) {
          if (figure.source !== meta.source)
            throw new Error(`figure of source ${figure.source} in a ${meta.source} batch`);
          buffer.push(figure);
          return buffer.length >= UPSERT_CHUNK_SIZE ? flush(false) : undefined;
        },
      }).catch(async (error: unknown) => {
        // The transaction must not end while a chunk is still being written on its connection.
        await inFlight.catch(() => undefined);
        throw error;
      });
      await flush(true);
      await inFlight;
      read = produced.read;
      const finishedAt = new Date();
      const status = produced.rejected.length > 0 ? 'completed_with_rejections' : 'completed';
      const total: ImportCounts = { ...counts, read: produced.read, rejected: produced.rejected.length };
      const accounted = total.inserted + total.updated + total.unchanged + total.rejected;
      if (accounted !== total.read)
        throw new Error(`import counts do not add up: ${accounted} accounted for, ${total.read} read`);
      await tx.query(
        `UPDATE import_batch SET rows_read = $2, rows_inserted = $3, rows_updated = $4, rows_unchanged = $5, rows_rejected = $6,
           status = $7, report = $8::jsonb, finished_at = $9 WHERE id = $1`,
        [
          batch.id,
          total.read,
          total.inserted,
          total.updated,
          total.unchanged,
          total.rejected,
          status,
          reportOf(produced.rejected, options.report?.() ?? {}),
          finishedAt,
        ],
      );
      return {
        batchId: batch.id,
        status,
        counts: total,
        rejected: produced.rejected,
        startedAt,
        finishedAt,
      } satisfies ImportOutcome;
    });
  } catch (error) {
    const failedBatchId = await recordFailure(db, meta, startedAt, read, error);
    throw new ImportFailedError(error, failedBatchId);
  }
}

async function recordFailure(
  db: Db,
  meta: ImportBatchMeta,
  startedAt: Date,
  read: number,
  error: unknown,
): Promise<string | undefined> {
  try {
    const [row] = await db.sql.query<{ id: string }>(
      `INSERT INTO import_batch (source, file_name, file_hash, rows_read, status, report, started_at, finished_at)
       VALUES ($1, $2, $3, $4, 'failed', $5::jsonb, $6, now()) RETURNING id`,
      [
        meta.source,
        meta.fileName ?? null,
        meta.fileHash ?? null,
        read,
        JSON.stringify({ error: error instanceof Error ? error.message : String(error) }),
        startedAt,
      ],
    );
    return row?.id;
  } catch {
    // The database itself is what failed: the caller reports the original error.
    return undefined;
  }
}
