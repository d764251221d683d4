import type { Prisma, RegistrationImport } from '../generated/prisma/client';
import { mayActAt, type Actor } from './actor';
import { forbidden, notFound, succeeded, type CommandResult } from './command-result';
import type { Tx } from './in-transaction';
import { writeAudit } from './write-audit';

/*
 * The bookkeeping of a registration import (crc-import, the gateway's importRegistrations):
 * one registration_import row per run and one registration_source row per household a
 * source created, keyed by the source's own key, so that importing the same file or Kobo
 * submissions again changes nothing. All of it runs in the importer's one transaction,
 * beside the registration commands it calls; the person and household writes are theirs.
 */

export interface RegistrationImportStart {
  readonly centreId: string;
  readonly sourceKind: 'file' | 'kobo';
  readonly sourceName: string;
  readonly fileHash?: string;
}

/** Opens the import's row (status `running`) at a centre the actor may act for (CENTRE_STAFF of it, or ADMIN). */
export async function openRegistrationImport(
  tx: Tx,
  actor: Actor,
  start: RegistrationImportStart,
): Promise<CommandResult<RegistrationImport>> {
  if (actor.role !== 'ADMIN' && actor.role !== 'CENTRE_STAFF') return forbidden('centreId', 'role');
  const centre = await tx.centre.findUnique({ where: { id: start.centreId }, select: { id: true } });
  if (centre === null) return notFound('Centre', 'centreId', start.centreId);
  if (!mayActAt(actor, centre.id)) return forbidden('centreId', 'centre_not_yours', centre.id);
  const row = await tx.registrationImport.create({
    data: {
      centreId: start.centreId,
      sourceKind: start.sourceKind,
      sourceName: start.sourceName,
      fileHash: start.fileHash ?? null,
      actor: actor.name,
      status: 'running',
    },
  });
  return succeeded(row);
}

/** The source keys of `keys` already imported at the centre: those households are left as they are. */
export async function importedSourceKeys(
  db: Pick<Tx, 'registrationSource'>,
  centreId: string,
  keys: readonly string[],
): Promise<Map<string, { readonly householdId: string | null; readonly beneficiaryIds: readonly string[] }>> {
  const found = new Map<string, { householdId: string | null; beneficiaryIds: string[] }>();
  for (let start = 0; start < keys.length; start += 5000) {
    const rows = await db.registrationSource.findMany({
      where: { centreId, sourceKey: { in: keys.slice(start, start + 5000) } },
      select: { sourceKey: true, householdId: true, beneficiaryIds: true },
    });
    for (const row of rows)
      found.set(row.sourceKey, { householdId: row.householdId, beneficiaryIds: row.beneficiaryIds });
  }
  return found;
}

/** Remembers what one source household created. */
export async function recordRegistrationSource(
  tx: Tx,
  source: {
    readonly centreId: string;
    readonly sourceKey: string;
    readonly importId: string;
    readonly householdId: string | null;
    readonly beneficiaryIds: readonly string[];
  },
): Promise<void> {
  await tx.registrationSource.create({ data: { ...source, beneficiaryIds: [...source.beneficiaryIds] } });
}

export interface RegistrationImportTotals {
  readonly rowsRead: number;
  readonly householdsCreated: number;
  readonly householdsUnchanged: number;
  readonly householdsRejected: number;
  readonly peopleCreated: number;
  readonly deliveriesCreated: number;
  readonly duplicatesQueued: number;
}

/**
 * Closes the import with its totals and report (rows, fields, reasons and record ids; the
 * caller leaves personal values out) and audits it as one `import` entry.
 */
export async function closeRegistrationImport(
  tx: Tx,
  actor: Actor,
  importId: string,
  totals: RegistrationImportTotals,
  report: Prisma.InputJsonValue,
): Promise<RegistrationImport> {
  const row = await tx.registrationImport.update({
    where: { id: importId },
    data: {
      ...totals,
      status: totals.householdsRejected > 0 ? 'completed_with_rejections' : 'completed',
      report,
      finishedAt: new Date(),
    },
  });
  const { report: _report, ...audited } = row;
  await writeAudit(tx, actor, { action: 'import', entity: 'RegistrationImport', entityId: row.id, after: audited });
  return row;
}
