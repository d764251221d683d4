import {
  centrePage,
  centrePrismaWhere,
  type CentreFilter,
  type CentreOfPage,
  type CentrePageQuery,
  type Prisma,
} from '@crc/db';
import type { GatewayContext } from '../../context';

/** What Pothos asks of a page of centres: the GraphQL selection as Prisma arguments, with the page's bounds. */
export type CentresPageQuery = Pick<Prisma.CentreFindManyArgs, 'include' | 'select' | 'take' | 'skip' | 'cursor'>;

/**
 * A page of centres, by code. When the selection needs only the centres' columns and
 * their services (the partner centres query), @crc/db's centrePage reads it in one
 * statement; anything else (partners, backward pages, a selection Pothos plans
 * differently) goes to Prisma with the same filter. Both give the same rows
 * (read-centres-page.test.ts).
 */
export function readCentresPage(
  query: CentresPageQuery,
  filter: CentreFilter,
  context: GatewayContext,
): Promise<CentreOfPage[]> {
  const page = asCentrePageQuery(query, filter);
  if (page !== undefined) return centrePage(context.sql, page);
  return context.prisma.centre.findMany({ ...query, where: centrePrismaWhere(filter), orderBy: { code: 'asc' } });
}

/** The query as centrePage's, or undefined when it asks for something centrePage does not read. */
export function asCentrePageQuery(query: CentresPageQuery, filter: CentreFilter): CentrePageQuery | undefined {
  const { take, skip = 0, cursor, include, select, ...rest } = query;
  if (Object.keys(rest).length > 0 || select !== undefined) return undefined;
  // Forward pages only: Pothos reads backward pages with a negative take.
  if (typeof take !== 'number' || !Number.isInteger(take) || take <= 0) return undefined;
  let cursorId: string | undefined;
  if (cursor !== undefined) {
    const { id, ...otherKeys } = cursor;
    if (typeof id !== 'string' || Object.keys(otherKeys).length > 0) return undefined;
    cursorId = id;
  }
  if (!Number.isInteger(skip) || skip < 0) return undefined;
  const withServices = include !== undefined && include !== null && 'services' in include;
  if (include !== undefined && include !== null) {
    const { services, ...otherRelations } = include;
    if (Object.keys(otherRelations).length > 0 || !isServicesByType(services)) return undefined;
  }
  return { filter, take, skip, withServices, ...(cursorId === undefined ? {} : { cursorId }) };
}

/** `services: { orderBy: { serviceType: 'asc' } }`, as Centre.services asks, or no services. */
function isServicesByType(services: unknown): boolean {
  if (services === undefined) return true;
  if (typeof services !== 'object' || services === null) return false;
  const { orderBy, ...rest } = services as { orderBy?: unknown };
  if (Object.keys(rest).length > 0 || typeof orderBy !== 'object' || orderBy === null) return false;
  const keys = Object.keys(orderBy);
  return keys.length === 1 && (orderBy as { serviceType?: unknown }).serviceType === 'asc';
}
