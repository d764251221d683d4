import { getArea, IdSchema } from '@crc/domain';
import { notFound, type NotFound } from './command-result';
import type { Tx } from './in-transaction';

/*
 * Checks that the records an input names exist, inside the command's transaction. Each
 * answers the NotFound to return, or undefined when the record is there.
 */

/** Whether `id` can name a record at all: PostgreSQL answers a malformed UUID with an error, not "no row". */
export function isRecordId(id: string): boolean {
  return IdSchema.safeParse(id).success;
}

export async function missingProgramme(tx: Tx, field: string, id: string): Promise<NotFound | undefined> {
  const found = isRecordId(id) ? await tx.programme.findUnique({ where: { id }, select: { id: true } }) : null;
  return found === null ? notFound('Programme', field, id) : undefined;
}

export function missingArea(field: string, pcode: string): NotFound | undefined {
  return getArea(pcode) === undefined ? notFound('AdminArea', field, pcode) : undefined;
}

/** Every organisation the input names, in one query; the first missing one by input order. */
export async function missingOrganisation(
  tx: Tx,
  references: readonly { readonly field: string; readonly id: string | null | undefined }[],
): Promise<NotFound | undefined> {
  const named = references.filter(
    (reference): reference is { field: string; id: string } => typeof reference.id === 'string',
  );
  if (named.length === 0) return undefined;
  const ids = [...new Set(named.map((reference) => reference.id))].filter(isRecordId);
  const found =
    ids.length === 0 ? [] : await tx.organisation.findMany({ where: { id: { in: ids } }, select: { id: true } });
  const existing = new Set(found.map((organisation) => organisation.id));
  const missing = named.find((reference) => !existing.has(reference.id));
  return missing === undefined ? undefined : notFound('Organisation', missing.field, missing.id);
}
