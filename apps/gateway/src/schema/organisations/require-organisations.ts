import type { Prisma } from '@crc/db';
import type { GatewayContext } from '../../context';
import { recordNotFound } from '../common/record-not-found';

/**
 * Checks in one query that every organisation an input names exists; throws a
 * NotFoundError naming the first field whose organisation does not.
 */
export async function requireOrganisations(
  tx: Prisma.TransactionClient,
  context: GatewayContext,
  references: readonly { readonly field: string; readonly id: string | undefined }[],
): Promise<void> {
  const named = references.filter((reference): reference is { field: string; id: string } => reference.id !== undefined);
  if (named.length === 0) return;
  const found = await tx.organisation.findMany({ where: { id: { in: [...new Set(named.map((r) => r.id))] } }, select: { id: true } });
  const existing = new Set(found.map((organisation) => organisation.id));
  const missing = named.find((reference) => !existing.has(reference.id));
  if (missing) throw recordNotFound(context, 'Organisation', missing.field, missing.id);
}
