import type { Prisma } from '../generated/prisma/client';
import type { Actor } from './actor';
import type { Tx } from './in-transaction';
import { insertRows, type RowColumns } from './insert-rows';
import { PERSONAL_FIELDS_BY_MODEL } from './personal-fields';

/** What changed, as the audit log keeps it. */
export interface AuditEntry {
  /** create, update, transition, revoke, ... */
  readonly action: string;
  /** Prisma model name, e.g. `Project`. */
  readonly entity: string;
  readonly entityId: string;
  /** The record before the change (updates, transitions). */
  readonly before?: Readonly<Record<string, unknown>>;
  /** The record after the change (creates, updates, transitions). */
  readonly after?: Readonly<Record<string, unknown>>;
}

/** Bookkeeping columns every row has; a change to them alone is no change. */
const BOOKKEEPING = new Set(['id', 'createdAt', 'updatedAt']);

/** JSON-safe copy: Dates become ISO strings, Decimals their exact string. */
function toJson(value: Readonly<Record<string, unknown>>): Record<string, Prisma.InputJsonValue | null> {
  return JSON.parse(JSON.stringify(value)) as Record<string, Prisma.InputJsonValue | null>;
}

/** The fields whose value differs between before and after (all of `after`'s for a create). */
function changedFields(
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown> | undefined,
): string[] {
  const names = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...names]
    .filter((name) => !BOOKKEEPING.has(name))
    .filter(
      (name) =>
        before === undefined || after === undefined || JSON.stringify(before[name]) !== JSON.stringify(after[name]),
    )
    .sort();
}

function withoutPersonalValues(entity: string, record: Record<string, Prisma.InputJsonValue | null> | undefined) {
  if (record === undefined) return undefined;
  const personal = PERSONAL_FIELDS_BY_MODEL[entity];
  return Object.fromEntries(Object.entries(record).filter(([name]) => !personal?.has(name))) as Prisma.InputJsonObject;
}

/** The audit-log row of one entry: the record, every field the change touched, no personal value. */
function auditRow(actor: Actor, entry: AuditEntry) {
  const before = entry.before === undefined ? undefined : toJson(entry.before);
  const after = entry.after === undefined ? undefined : toJson(entry.after);
  const keptBefore = withoutPersonalValues(entry.entity, before);
  const keptAfter = withoutPersonalValues(entry.entity, after);
  return {
    actor: actor.name,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    fields: changedFields(before, after),
    ...(keptBefore === undefined ? {} : { before: keptBefore }),
    ...(keptAfter === undefined ? {} : { after: keptAfter }),
  };
}

/**
 * Writes one audit-log row in the command's transaction, so the change and its record
 * stand or fall together. The row names the record and every field the change touched;
 * values of personal fields (names, phone, birth date, a referral's reason) are never
 * copied into it.
 */
export async function writeAudit(tx: Tx, actor: Actor, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({ data: auditRow(actor, entry) });
}

/** Audit rows of a batched command (importHouseholds), as writeAudit writes each, in one statement per call. */
export async function writeAudits(tx: Tx, actor: Actor, entries: readonly AuditEntry[]): Promise<void> {
  await insertRows(
    tx,
    'audit_log',
    AUDIT_COLUMNS,
    entries.map((entry) => auditRow(actor, entry)),
  );
}

const AUDIT_COLUMNS = [
  ['actor', 'actor', 'text'],
  ['action', 'action', 'text'],
  ['entity', 'entity', 'text'],
  ['entityId', 'entity_id', 'text'],
  ['fields', 'fields', 'text[]'],
  ['before', 'before', 'jsonb'],
  ['after', 'after', 'jsonb'],
] as const satisfies RowColumns;
