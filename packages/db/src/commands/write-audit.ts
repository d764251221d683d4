import type { Prisma } from '../generated/prisma/client';
import type { Actor } from './actor';
import type { Tx } from './in-transaction';

/** What changed, as the audit log keeps it. */
export interface AuditEntry {
  /** create, update, transition, revoke, ... */
  readonly action: string;
  /** Prisma model name, e.g. `Project`. */
  readonly entity: string;
  readonly entityId: string;
  /** The record before the change (updates, transitions), without personal data. */
  readonly before?: unknown;
  /** The record after the change (creates, updates), without personal data. */
  readonly after?: unknown;
}

/** JSON-safe copy: Dates become ISO strings, Decimals their exact string. */
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

/** Writes one audit-log row in the command's transaction, so the change and its record stand or fall together. */
export async function writeAudit(tx: Tx, actor: Actor, entry: AuditEntry): Promise<void> {
  const before = toJson(entry.before);
  const after = toJson(entry.after);
  await tx.auditLog.create({
    data: {
      actor: actor.name,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      ...(before === undefined ? {} : { before }),
      ...(after === undefined ? {} : { after }),
    },
  });
}
