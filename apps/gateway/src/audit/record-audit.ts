import type { Prisma } from '@crc/db';
import { actorOf, type Viewer } from '../auth/viewer';

type TransactionClient = Prisma.TransactionClient;

export interface AuditEntry {
  /** create, update, transition, ... */
  readonly action: string;
  /** Prisma model name, e.g. `Beneficiary`. */
  readonly entity: string;
  readonly entityId: string;
  readonly before?: unknown;
  readonly after?: unknown;
}

/** JSON-safe copy: Dates become ISO strings, Decimals their exact string. */
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

/** Writes one audit-log row inside the mutation's transaction, so the change and its record stand or fall together. */
export async function recordAudit(tx: TransactionClient, viewer: Viewer, entry: AuditEntry): Promise<void> {
  const before = toJson(entry.before);
  const after = toJson(entry.after);
  await tx.auditLog.create({
    data: {
      actor: actorOf(viewer),
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      ...(before === undefined ? {} : { before }),
      ...(after === undefined ? {} : { after }),
    },
  });
}
