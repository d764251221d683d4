import { KoboSubmissionMetaSchema } from './kobo-schemas';

/** One repeat-group instance (or the submission's top level): answers by full group path. */
export type KoboAnswers = Readonly<Record<string, string>>;

/** A submission as the importer reads it: metadata, answers by full path, repeat instances. */
export interface FlatSubmission {
  /** Kobo's `_id` (a number, per server). */
  readonly id: number;
  /** Kobo's `_uuid`: stable across servers and re-submissions; the import's source key. */
  readonly uuid: string;
  /** `_submission_time`, as sent (server time, ISO). */
  readonly submittedAt: string;
  /** Answers outside repeat groups, by full path (`household/area`). */
  readonly answers: KoboAnswers;
  /** Repeat groups by full path (`household/member`), each instance's answers by full path. */
  readonly repeats: Readonly<Record<string, readonly KoboAnswers[]>>;
}

/** Why a submission cannot be read; `id`/`uuid` when the submission had them. */
export interface MalformedSubmission {
  readonly id?: number;
  readonly uuid?: string;
  readonly field: string;
  readonly reason: string;
}

export type FlattenResult =
  { readonly ok: true; readonly submission: FlatSubmission } | ({ readonly ok: false } & MalformedSubmission);

/** Keys Kobo adds to every submission beside the answers (`_id`, `_attachments`, `formhub/uuid`, `meta/instanceID`, ...). */
function isMetadata(key: string): boolean {
  return key.startsWith('_') || key === 'formhub/uuid' || key.startsWith('meta/') || key === 'meta';
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

class Malformed extends Error {
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/**
 * The full path of a key inside a group or repeat instance. Kobo's v2 JSON writes full
 * paths (`household/member/name`) even inside repeat instances; some exports nest groups
 * as objects with short keys instead. Both come out as the full path.
 */
function fullPath(prefix: string, key: string): string {
  if (prefix === '' || key.startsWith(`${prefix}/`)) return key;
  return `${prefix}/${key}`;
}

function collect(
  source: Record<string, unknown>,
  prefix: string,
  answers: Record<string, string>,
  repeats: Record<string, KoboAnswers[]>,
): void {
  for (const [key, value] of Object.entries(source)) {
    if (prefix === '' && isMetadata(key)) continue;
    const path = fullPath(prefix, key);
    if (value === null || value === undefined) continue;
    if (typeof value === 'string') {
      answers[path] = value.trim();
    } else if (typeof value === 'number' || typeof value === 'boolean') {
      answers[path] = String(value);
    } else if (Array.isArray(value)) {
      if (value.every(isPlainObject)) {
        // A repeat group: one object per instance.
        const instances = repeats[path] ?? [];
        for (const instance of value) {
          const own: Record<string, string> = {};
          collect(instance, path, own, repeats);
          instances.push(own);
        }
        repeats[path] = instances;
      } else if (value.every((item) => typeof item === 'string' || typeof item === 'number')) {
        answers[path] = value.join(' ');
      } else {
        throw new Malformed(path, 'must be an answer or a list of repeat-group instances (objects)');
      }
    } else if (isPlainObject(value)) {
      collect(value, path, answers, repeats);
    } else {
      throw new Malformed(path, `has an unreadable value of type ${typeof value}`);
    }
  }
}

/**
 * Reads one submission of the v2 data API: the metadata it must have (`_id`, `_uuid`,
 * `_submission_time`), its answers by full group path, its repeat groups as lists of
 * instances. A submission that is not an object, lacks its metadata or holds a value
 * no form answer can have is `ok: false`, with the field and the reason.
 */
export function flattenSubmission(raw: unknown): FlattenResult {
  if (!isPlainObject(raw)) return { ok: false, field: '(submission)', reason: 'must be a JSON object' };
  const idValue = typeof raw._id === 'number' && Number.isInteger(raw._id) ? raw._id : undefined;
  const uuidValue = typeof raw._uuid === 'string' && raw._uuid.trim() !== '' ? raw._uuid.trim() : undefined;
  const known = {
    ...(idValue === undefined ? {} : { id: idValue }),
    ...(uuidValue === undefined ? {} : { uuid: uuidValue }),
  };
  const meta = KoboSubmissionMetaSchema.safeParse(raw);
  if (!meta.success) {
    const issue = meta.error.issues[0];
    return {
      ok: false,
      ...known,
      field: issue?.path.map(String).join('.') || '(submission)',
      reason: issue?.message ?? 'invalid',
    };
  }
  const answers: Record<string, string> = {};
  const repeats: Record<string, KoboAnswers[]> = {};
  try {
    collect(raw, '', answers, repeats);
  } catch (error) {
    if (error instanceof Malformed) return { ok: false, ...known, field: error.field, reason: error.reason };
    throw error;
  }
  return {
    ok: true,
    submission: { id: meta.data._id, uuid: meta.data._uuid, submittedAt: meta.data._submission_time, answers, repeats },
  };
}
