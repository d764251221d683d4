import type { Actor } from './actor';
import { forbidden, notFound, succeeded, type CommandResult } from './command-result';
import { inTransaction, type CommandDb } from './in-transaction';
import { isRecordId } from './record-checks';
import { writeAudit } from './write-audit';

export interface RevokeApiKeyInput {
  readonly apiKeyId: string;
}

/** Revokes an active API key (ADMIN only); NotFound when no active key has that id. Audited. */
export async function revokeApiKey(
  db: CommandDb,
  actor: Actor,
  input: RevokeApiKeyInput,
): Promise<CommandResult<{ readonly id: string; readonly revokedAt: Date }>> {
  if (actor.role !== 'ADMIN') return forbidden('apiKeyId', 'role');
  return inTransaction(db, async (tx) => {
    const revokedAt = new Date();
    const { count } = isRecordId(input.apiKeyId)
      ? await tx.apiKey.updateMany({ where: { id: input.apiKeyId, revokedAt: null }, data: { revokedAt } })
      : { count: 0 };
    if (count === 0) return notFound('ApiKey', 'apiKeyId', input.apiKeyId);
    await writeAudit(tx, actor, { action: 'revoke', entity: 'ApiKey', entityId: input.apiKeyId, after: { revokedAt } });
    return succeeded({ id: input.apiKeyId, revokedAt });
  });
}
