import type { PrismaClient } from '@crc/db';
import { displayPrefixOf, generateApiKeySecret, hashApiKeySecret } from './api-key-secret';
import type { Role } from './role';

export interface NewApiKey {
  readonly name: string;
  readonly role: Exclude<Role, 'PUBLIC'>;
  /** Required for PARTNER keys. */
  readonly organisationId?: string;
  /** Required (at least one) for CENTRE_STAFF keys. */
  readonly centreIds?: readonly string[];
  readonly expiresAt?: Date;
}

export interface CreatedApiKey {
  readonly id: string;
  /** Shown once; only its hash is stored. */
  readonly secret: string;
}

/** Checks the role's binding before anything is written, so a bad key is never half-created. */
function bindingProblem(key: NewApiKey): string | null {
  if (key.role === 'PARTNER' && !key.organisationId) return 'a PARTNER key must be bound to an organisation (--organisation)';
  if (key.role !== 'PARTNER' && key.organisationId) return `a ${key.role} key is not bound to an organisation`;
  if (key.role === 'CENTRE_STAFF' && (key.centreIds?.length ?? 0) === 0)
    return 'a CENTRE_STAFF key must be bound to at least one centre (--centre)';
  if (key.role !== 'CENTRE_STAFF' && (key.centreIds?.length ?? 0) > 0) return `a ${key.role} key is not bound to centres`;
  return null;
}

export async function createApiKey(prisma: PrismaClient, key: NewApiKey): Promise<CreatedApiKey> {
  const problem = bindingProblem(key);
  if (problem) throw new Error(problem);
  const secret = generateApiKeySecret();
  const created = await prisma.apiKey.create({
    data: {
      name: key.name,
      role: key.role,
      hash: hashApiKeySecret(secret),
      prefix: displayPrefixOf(secret),
      organisationId: key.organisationId ?? null,
      expiresAt: key.expiresAt ?? null,
      centres: { create: (key.centreIds ?? []).map((centreId) => ({ centreId })) },
    },
    select: { id: true },
  });
  return { id: created.id, secret };
}

/** Revokes a key by id; returns false when no active key has that id. */
export async function revokeApiKey(prisma: PrismaClient, id: string): Promise<boolean> {
  const { count } = await prisma.apiKey.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
  return count > 0;
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
      centres: { select: { centreId: true } },
      createdAt: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
    },
  });
}
