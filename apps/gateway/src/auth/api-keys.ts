import { issueApiKey, systemActor, type IssueApiKeyInput, type IssuedApiKey, type PrismaClient } from '@crc/db';

/**
 * Issues a key for the demo and test fixtures, where a refused key is a bug in the
 * caller: throws with the command's reasons. Everything else calls `issueApiKey`.
 */
export async function createApiKey(
  prisma: PrismaClient,
  key: IssueApiKeyInput,
  actor = systemActor('gateway'),
): Promise<IssuedApiKey> {
  const result = await issueApiKey(prisma, actor, key);
  if (result.ok) return result.value;
  throw new Error(`API key not issued: ${JSON.stringify(result)}`);
}

export async function listApiKeys(prisma: PrismaClient) {
  return prisma.apiKey.findMany({
    orderBy: { createdAt: 'asc' },
    select: {
      id: true,
      name: true,
      prefix: true,
      role: true,
      organisationId: true,
      capabilities: true,
      centres: { select: { centreId: true } },
      createdAt: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
    },
  });
}
