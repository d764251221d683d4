import { createHash } from 'node:crypto';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { sha256File, SourceFormatError } from '@crc/dtm';
import type { KoboClient } from '../kobo/kobo-client';
import { flattenSubmission } from '../kobo/flatten-submission';
import { koboFormOf } from '../kobo/kobo-form';
import { koboFieldMap, koboHousehold } from '../registrations/kobo-households';
import { readRegistrationRows, readRegistrationTable } from '../registrations/read-registration-table';
import type { Rejection, SourceHousehold } from '../registrations/source-household';

/** Progress while a source is read: `done` of `total` in the source's unit (bytes of a file, submissions of an asset). */
export type ReadProgress = (done: number, total: number, note: string) => void;

/** What a source hands the importer: its households, what could not be read at all, and how to name it. */
export interface ReadSource {
  readonly kind: 'file' | 'kobo';
  /** The file name, or the asset's uid and name. */
  readonly name: string;
  /** sha256 of a file; absent for Kobo. */
  readonly fileHash?: string;
  /** Rows (file) or submissions (Kobo) read. */
  readonly read: number;
  readonly households: readonly SourceHousehold[];
  readonly rejected: readonly Rejection[];
  /** Headers or questions that matched no registration field (ignored). */
  readonly ignored: readonly string[];
  readonly layout?: string;
}

export interface RegistrationSource {
  readonly kind: 'file' | 'kobo';
  read(onProgress?: ReadProgress): Promise<ReadSource>;
}

/** The file kinds an upload may be: what readRegistrationTable reads. */
const UPLOAD_EXTENSIONS = new Set(['.csv', '.xlsx']);

/**
 * An uploaded CSV or XLSX file (the gateway's `file` argument), known by its name's
 * extension: written to a directory of its own under the system's temporary directory for
 * the readers (which stream files), read like fileSource, and removed again, read or not.
 */
export function uploadedFileSource(name: string, bytes: Uint8Array): RegistrationSource {
  const fileName = basename(name.replaceAll('\\', '/')) || 'upload';
  return {
    kind: 'file',
    async read(onProgress) {
      if (!UPLOAD_EXTENSIONS.has(extname(fileName).toLowerCase()))
        throw new SourceFormatError(`"${fileName}": not a .csv or .xlsx file`);
      const dir = await mkdtemp(join(tmpdir(), 'crc-upload-'));
      try {
        const path = join(dir, `upload${extname(fileName).toLowerCase()}`);
        await writeFile(path, bytes);
        try {
          return { ...(await fileSource(path).read(onProgress)), name: fileName };
        } catch (error) {
          // The server's temporary path is nobody's business: the message names the upload.
          if (error instanceof SourceFormatError) throw new SourceFormatError(error.message.replaceAll(path, fileName));
          throw error;
        }
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * A registration table given as rows of text, the header row first (the gateway's `rows`
 * argument): read like a file of the same cells, named `name`, its hash the sha256 of the
 * cells (so the import row records what was imported).
 */
export function rowsSource(name: string, rows: readonly (readonly string[])[]): RegistrationSource {
  return {
    kind: 'file',
    async read(onProgress) {
      const table = await readRegistrationRows(rows.map((cells, index) => ({ rowNumber: index + 1, cells })));
      onProgress?.(rows.length, rows.length, 'reading');
      return {
        kind: 'file',
        name,
        fileHash: createHash('sha256').update(JSON.stringify(rows)).digest('hex'),
        read: table.rowsRead,
        households: table.households,
        rejected: table.rejected,
        ignored: table.ignoredHeaders,
        layout: table.layout,
      };
    },
  };
}

/** A CSV or XLSX registration file (see readRegistrationTable for the layouts). */
export function fileSource(path: string, options: { readonly sheet?: string | number } = {}): RegistrationSource {
  return {
    kind: 'file',
    async read(onProgress) {
      const size = (await stat(path)).size;
      const [table, fileHash] = await Promise.all([
        readRegistrationTable(path, { ...options, onBytes: (bytes) => onProgress?.(bytes, size, 'reading') }),
        sha256File(path),
      ]);
      return {
        kind: 'file',
        name: basename(path),
        fileHash,
        read: table.rowsRead,
        households: table.households,
        rejected: table.rejected,
        ignored: table.ignoredHeaders,
        layout: table.layout,
      };
    },
  };
}

/**
 * The submissions of a KoboToolbox asset, through the v2 API: the form first (to match
 * questions to fields and know the member repeat group), then every page. A submission
 * that cannot be read (no `_uuid`, a value no answer can have) is rejected with its
 * `_id`, or its position in the answer when it has none.
 */
export function koboSource(client: KoboClient, assetUid: string): RegistrationSource {
  return {
    kind: 'kobo',
    async read(onProgress) {
      const asset = await client.asset(assetUid);
      const form = koboFormOf(asset);
      const map = koboFieldMap(form);
      const households: SourceHousehold[] = [];
      const rejected: Rejection[] = [];
      let read = 0;
      for await (const page of client.submissionPages(assetUid)) {
        page.results.forEach((raw, index) => {
          read += 1;
          const flat = flattenSubmission(raw);
          // A repeat group of the form answered with plain text is as malformed as a missing _uuid.
          const notRepeated = flat.ok
            ? [...form.repeats].find((repeat) => flat.submission.answers[repeat] !== undefined)
            : undefined;
          if (flat.ok && notRepeated !== undefined) {
            rejected.push({
              ref: { kind: 'submission', id: flat.submission.id, uuid: flat.submission.uuid },
              field: notRepeated,
              reason: 'malformed submission: a repeat group must be a list of instances (objects)',
            });
            return;
          }
          if (flat.ok) {
            households.push(koboHousehold(flat.submission, map));
            return;
          }
          rejected.push({
            ref: { kind: 'submission', id: flat.id ?? -(page.offset + index + 1), uuid: flat.uuid ?? '' },
            field: flat.field,
            reason: `malformed submission: ${flat.reason}${flat.id === undefined ? ` (the ${page.offset + index + 1}th submission of the answer, which has no _id)` : ''}`,
          });
        });
        onProgress?.(page.offset + page.results.length, page.count, `page ${page.number}`);
      }
      return { kind: 'kobo', name: `${asset.uid} (${asset.name})`, read, households, rejected, ignored: map.ignored };
    },
  };
}
