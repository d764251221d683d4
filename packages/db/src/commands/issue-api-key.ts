import { IdSchema } from '@crc/domain';
import { z } from 'zod';
import type { Actor } from './actor';
import { CAPABILITIES } from './capabilities';
import { displayPrefixOf, generateApiKeySecret, hashApiKeySecret } from './api-key-secret';
import { forbidden, notFound, succeeded, type CommandResult } from './command-result';
import { inTransaction, type CommandDb } from './in-transaction';
import { validateInput } from './input-error';
import { withoutNulls, type NullableInput } from './nullable-input';
import { writeAudit } from './write-audit';

/** A key to issue; each role has its binding (checked before anything is written, so a key is never half-made). */
export const ApiKeyIssueSchema = z
  .object({
    name: z.string().trim().min(1, { error: 'say who or what the key is for' }).max(200),
    role: z.enum(['PARTNER', 'CENTRE_STAFF', 'ADMIN'], {
      error: 'must be PARTNER, CENTRE_STAFF or ADMIN (PUBLIC needs no key)',
    }),
    /** PARTNER: the organisation whose records the key sees. */
    organisationId: IdSchema.optional(),
    /** CENTRE_STAFF: the centres whose people the key may see and write. */
    centreIds: z.array(IdSchema).optional(),
    expiresAt: z.date().optional(),
    /** Permissions beyond the role, e.g. feedback_focal_point. */
    capabilities: z.array(z.enum(CAPABILITIES, { error: `must be one of ${CAPABILITIES.join(', ')}` })).optional(),
  })
  .superRefine((key, ctx) => {
    if (key.role === 'PARTNER' && key.organisationId === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['organisationId'],
        message: 'a PARTNER key must be bound to an organisation',
      });
    if (key.role !== 'PARTNER' && key.organisationId !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['organisationId'],
        message: `a ${key.role} key is not bound to an organisation`,
      });
    const centres = key.centreIds?.length ?? 0;
    if (key.role === 'CENTRE_STAFF' && centres === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['centreIds'],
        message: 'a CENTRE_STAFF key must be bound to at least one centre',
      });
    if (key.role !== 'CENTRE_STAFF' && centres > 0)
      ctx.addIssue({ code: 'custom', path: ['centreIds'], message: `a ${key.role} key is not bound to centres` });
    if (key.capabilities?.includes('feedback_focal_point') && key.role === 'ADMIN')
      ctx.addIssue({
        code: 'custom',
        path: ['capabilities'],
        message:
          'a feedback focal point is bound to an organisation (PARTNER) or to centres (CENTRE_STAFF), not an ADMIN key',
      });
  });

export type IssueApiKeyInput = NullableInput<z.input<typeof ApiKeyIssueSchema>>;

export interface IssuedApiKey {
  readonly id: string;
  /** Shown once; only its hash is stored. */
  readonly secret: string;
}

/**
 * Issues an API key. ADMIN only (operators' CLIs act as `systemActor`). Checks that the
 * organisation and centres it is bound to exist; stores the secret's hash, returns the
 * secret once, and audits the key without its hash.
 */
export async function issueApiKey(
  db: CommandDb,
  actor: Actor,
  input: IssueApiKeyInput,
): Promise<CommandResult<IssuedApiKey>> {
  if (actor.role !== 'ADMIN') return forbidden('role', 'role');
  const parsed = validateInput(ApiKeyIssueSchema, withoutNulls(input));
  if (!parsed.ok) return parsed;
  const key = parsed.value;

  return inTransaction(db, async (tx) => {
    if (
      key.organisationId !== undefined &&
      (await tx.organisation.findUnique({ where: { id: key.organisationId }, select: { id: true } })) === null
    ) {
      return notFound('Organisation', 'organisationId', key.organisationId);
    }
    const centreIds = [...new Set(key.centreIds ?? [])];
    const found = new Set(
      (await tx.centre.findMany({ where: { id: { in: centreIds } }, select: { id: true } })).map((centre) => centre.id),
    );
    const missingCentre = centreIds.find((id) => !found.has(id));
    if (missingCentre !== undefined) return notFound('Centre', 'centreIds', missingCentre);

    const secret = generateApiKeySecret();
    const created = await tx.apiKey.create({
      data: {
        name: key.name,
        role: key.role,
        hash: hashApiKeySecret(secret),
        prefix: displayPrefixOf(secret),
        organisationId: key.organisationId ?? null,
        expiresAt: key.expiresAt ?? null,
        capabilities: [...new Set(key.capabilities ?? [])],
        centres: { create: centreIds.map((centreId) => ({ centreId })) },
      },
      select: {
        id: true,
        name: true,
        prefix: true,
        role: true,
        organisationId: true,
        capabilities: true,
        expiresAt: true,
      },
    });
    await writeAudit(tx, actor, {
      action: 'create',
      entity: 'ApiKey',
      entityId: created.id,
      after: { ...created, centreIds },
    });
    return succeeded({ id: created.id, secret });
  });
}
