import { apiKeyByHash, capabilitiesOf, hashApiKeySecret, type SqlExecutor } from '@crc/db';
import { GraphQLError } from 'graphql';
import { PUBLIC_VIEWER, type Viewer } from './viewer';

function unauthenticated(reason: string): GraphQLError {
  return new GraphQLError(reason, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/**
 * No Authorization header: PUBLIC. A bearer key: the role it was issued with. A key
 * that is unknown, revoked or expired is refused outright rather than downgraded to
 * PUBLIC, so a client never mistakes missing data for an empty answer.
 */
export async function viewerFromRequest(
  request: Request,
  sql: Pick<SqlExecutor, 'query'>,
  now = new Date(),
): Promise<Viewer> {
  const header = request.headers.get('authorization');
  if (header === null || header.trim() === '') return PUBLIC_VIEWER;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) throw unauthenticated('Authorization header must be "Bearer <api key>"');
  const key = await apiKeyByHash(sql, hashApiKeySecret(match[1]));
  if (key === null) throw unauthenticated('unknown API key');
  if (key.revokedAt !== null) throw unauthenticated('this API key has been revoked');
  if (key.expiresAt !== null && key.expiresAt <= now) throw unauthenticated('this API key has expired');
  return Object.freeze({
    role: key.role,
    apiKeyId: key.id,
    organisationId: key.organisationId,
    centreIds: new Set(key.centreIds),
    capabilities: capabilitiesOf(key.capabilities),
  });
}
