import type { PrismaClient } from '@crc/db';

/**
 * Gives the context being built a `prisma` that is made on first use. The per-request
 * client (a Prisma `$extends`, about 130 us of CPU with its first statement) is then paid
 * only by requests that reach Prisma, not by cached answers, `__typename` or reads that
 * take another path. Defined on yoga's context object itself: yoga copies a context
 * factory's result onto that object with Object.assign, which would call a getter at once.
 * Not enumerable: plugins that copy the context (`{ ...serverContext }` in yoga's
 * Prometheus plugin) would otherwise make the client for every request.
 */
export function definePrismaOnFirstUse(context: object, make: () => PrismaClient): void {
  let client: PrismaClient | undefined;
  Object.defineProperty(context, 'prisma', {
    configurable: true,
    enumerable: false,
    get: () => (client ??= make()),
  });
}
