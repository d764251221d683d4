import type { Role } from '../generated/prisma/client';
import type { SqlExecutor } from '../sql/sql-executor';

/** What a request's key grants, and whether it still may: as `viewerFromRequest` reads it. */
export interface ApiKeyGrant {
  readonly id: string;
  readonly role: Role;
  readonly organisationId: string | null;
  readonly capabilities: readonly string[];
  readonly revokedAt: Date | null;
  readonly expiresAt: Date | null;
  /** The centres a CENTRE_STAFF key is bound to. */
  readonly centreIds: readonly string[];
}

interface ApiKeyRow extends Record<string, unknown> {
  id: string;
  role: Role;
  organisation_id: string | null;
  capabilities: string[];
  revoked_at: Date | null;
  expires_at: Date | null;
  centre_ids: string[];
}

/**
 * The key whose secret hashes to `hash`, with its centres, in one prepared statement, or
 * null. Every request with a key asks this before anything else: through Prisma the same
 * read cost about ten times the CPU (issue 13). Identical look-ups (one partner's requests
 * side by side) share a statement, never one that began before they asked, so a revocation
 * committed before a request arrives always refuses it.
 */
export async function apiKeyByHash(sql: Pick<SqlExecutor, 'query'>, hash: string): Promise<ApiKeyGrant | null> {
  const [row] = await sql.query<ApiKeyRow>(
    `SELECT k.id, k.role::text AS role, k.organisation_id, k.capabilities, k.revoked_at, k.expires_at,
       coalesce((SELECT array_agg(c.centre_id::text ORDER BY c.centre_id) FROM api_key_centre c WHERE c.api_key_id = k.id),
         '{}'::text[]) AS centre_ids
     FROM api_key k WHERE k.hash = $1`,
    [hash],
    { prepare: true, coalesce: true },
  );
  if (row === undefined) return null;
  return {
    id: row.id,
    role: row.role,
    organisationId: row.organisation_id,
    capabilities: row.capabilities,
    revokedAt: row.revoked_at,
    expiresAt: row.expires_at,
    centreIds: row.centre_ids,
  };
}
