import type { Centre, Prisma } from '@crc/db';
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { GatewayContext } from '../../context';

/** What the prisma plugin asks to load with each centre (nested services, partners, ...). */
export type CentreQuery = { include?: Prisma.CentreInclude; select?: Prisma.CentreSelect };

type CentresWithinLoader = DataLoader<string, Centre[]>;

/**
 * Loaders live as long as one request's context (never across requests, so no stale
 * data and no leaking between callers), one per distinct nested selection: the
 * selection decides which relations Prisma loads with the centres.
 */
const loadersOfRequest = createContextCache((_context: GatewayContext) => new Map<string, CentresWithinLoader>());

/**
 * The shortest p-codes that cover all the asked ones: when a governorate and one of its
 * districts are both asked, the governorate's prefix already finds the district's centres.
 */
function coveringPrefixes(pcodes: readonly string[]): string[] {
  const sorted = [...new Set(pcodes)].sort((a, b) => a.length - b.length);
  const covering: string[] = [];
  for (const pcode of sorted) if (!covering.some((prefix) => pcode.startsWith(prefix))) covering.push(pcode);
  return covering;
}

/**
 * Centres located in each asked area or below it (descendants' p-codes extend their
 * ancestors'), for every area resolved in the same tick, in one Prisma query (one SQL
 * statement per loaded relation level, however many areas and centres).
 */
export function centresWithinAreaLoader(context: GatewayContext, query: CentreQuery): CentresWithinLoader {
  const loaders = loadersOfRequest(context);
  // Reading the query here also marks it used for the prisma plugin's unused-query check.
  const key = JSON.stringify(query);
  let loader = loaders.get(key);
  if (loader === undefined) {
    const selection: CentreQuery = query.select ? { select: { ...query.select, areaPcode: true } } : query;
    loader = new DataLoader<string, Centre[]>(async (pcodes) => {
      // The prisma plugin's selection names at least the fields the resolvers read (areaPcode added here).
      const centres: Centre[] = await context.prisma.centre.findMany({
        ...selection,
        where: { OR: coveringPrefixes(pcodes).map((prefix) => ({ areaPcode: { startsWith: prefix } })) },
        orderBy: { code: 'asc' },
      });
      return pcodes.map((pcode) => centres.filter((centre) => centre.areaPcode.startsWith(pcode)));
    });
    loaders.set(key, loader);
  }
  return loader;
}
