import { Prisma, type PrismaClient } from '../generated/prisma/client';

/** One write request named by its client: who (API key), which key, which mutation fields. */
export interface IdempotentWriteKey {
  readonly apiKeyId: string;
  readonly idempotencyKey: string;
  readonly operation: string;
}

/** What a request with an idempotency key may do. */
export type IdempotentWriteClaim =
  /** No request had this key: it is reserved for this one, which runs and then stores its answer. */
  | { readonly kind: 'reserved' }
  /** A request with this key was answered: answer the same. */
  | { readonly kind: 'answered'; readonly response: unknown }
  /** A request with this key is still running (or stopped before storing its answer): retry later. */
  | { readonly kind: 'running' }
  /** The key was used for a different request (document or variables). */
  | { readonly kind: 'other_request' };

/** How long an answer is kept: a client retries within minutes; a day covers a device that was offline overnight. */
export const IDEMPOTENT_WRITE_TTL_MS = 24 * 60 * 60 * 1000;

const primaryKey = (key: IdempotentWriteKey) => ({ apiKeyId_idempotencyKey_operation: { ...key } });

/**
 * Claims an idempotency key for a request, in the database so every gateway instance sees
 * it: inserts the reservation unless a row for the same API key, key and operation exists
 * (an expired one is removed first), and otherwise tells what the earlier request left.
 */
export async function claimIdempotentWrite(
  prisma: PrismaClient,
  key: IdempotentWriteKey,
  requestHash: string,
  ttlMs: number = IDEMPOTENT_WRITE_TTL_MS,
): Promise<IdempotentWriteClaim> {
  const now = new Date();
  await prisma.idempotentWrite.deleteMany({ where: { ...key, expiresAt: { lt: now } } });
  const inserted = await prisma.idempotentWrite.createMany({
    data: [{ ...key, requestHash, expiresAt: new Date(now.getTime() + ttlMs) }],
    skipDuplicates: true,
  });
  if (inserted.count === 1) return { kind: 'reserved' };
  const earlier = await prisma.idempotentWrite.findUnique({
    where: primaryKey(key),
    select: { requestHash: true, response: true },
  });
  if (earlier === null) return claimIdempotentWrite(prisma, key, requestHash, ttlMs); // expired in between
  if (earlier.requestHash !== requestHash) return { kind: 'other_request' };
  return earlier.response === null ? { kind: 'running' } : { kind: 'answered', response: earlier.response };
}

/** Stores the answer of the reserved request: retries get it from now on. */
export async function storeIdempotentAnswer(
  prisma: PrismaClient,
  key: IdempotentWriteKey,
  response: Prisma.InputJsonValue,
): Promise<void> {
  await prisma.idempotentWrite.update({ where: primaryKey(key), data: { response } });
}

/** Gives the key up (the request failed before writing anything): a retry runs again. */
export async function releaseIdempotentWrite(prisma: PrismaClient, key: IdempotentWriteKey): Promise<void> {
  await prisma.idempotentWrite.deleteMany({ where: { ...key, response: { equals: Prisma.DbNull } } });
}

/** Removes expired answers; returns how many. */
export async function purgeExpiredIdempotentWrites(prisma: PrismaClient, now: Date = new Date()): Promise<number> {
  return (await prisma.idempotentWrite.deleteMany({ where: { expiresAt: { lt: now } } })).count;
}
