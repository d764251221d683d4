import {
  centrePage,
  centrePrismaWhere,
  isCentreColumn,
  isCentreServiceColumn,
  type CentreColumn,
  type CentreServiceColumn,
  type CentreFilter,
  type Centre,
  type CentrePageQuery,
  type Prisma,
} from '@crc/db';
import type { GatewayContext } from '../../context';

/** What Pothos asks of a page of centres: the GraphQL selection as Prisma arguments, with the page's bounds. */
export type CentresPageQuery = Pick<Prisma.CentreFindManyArgs, 'include' | 'select' | 'take' | 'skip' | 'cursor'>;

/**
 * A page of centres, by code. When the selection needs only the centres' columns and
 * their services (the partner centres query), @crc/db's centrePage reads it in one
 * statement, only the selected columns; anything else (partners, backward pages, a
 * selection Pothos plans differently) goes to Prisma with the same filter. Both give the
 * same rows (read-centres-page.test.ts).
 */
export function readCentresPage(
  query: CentresPageQuery,
  filter: CentreFilter,
  context: GatewayContext,
): Promise<Centre[]> {
  const page = asCentrePageQuery(query, filter);
  // Rows with the selected columns only, as Prisma's for the same `select`: Pothos types both as whole centres.
  if (page !== undefined) return centrePage(context.sql, page) as Promise<Centre[]>;
  return context.prisma.centre.findMany({ ...query, where: centrePrismaWhere(filter), orderBy: { code: 'asc' } });
}

/** The query as centrePage's, or undefined when it asks for something centrePage does not read. */
export function asCentrePageQuery(query: CentresPageQuery, filter: CentreFilter): CentrePageQuery | undefined {
  const { take, skip = 0, cursor, select, ...rest } = query;
  // Centre is in select mode: Pothos always passes a `select` (with the centre's id).
  if (Object.keys(rest).length > 0 || select === undefined || select === null) return undefined;
  // Forward pages only: Pothos reads backward pages with a negative take.
  if (typeof take !== 'number' || !Number.isInteger(take) || take <= 0) return undefined;
  let cursorId: string | undefined;
  if (cursor !== undefined) {
    const { id, ...otherKeys } = cursor;
    if (typeof id !== 'string' || Object.keys(otherKeys).length > 0) return undefined;
    cursorId = id;
  }
  if (!Number.isInteger(skip) || skip < 0) return undefined;
  const { services, ...selected } = select;
  const columns: CentreColumn[] = [];
  for (const [name, value] of Object.entries(selected)) {
    if (value === false || value === undefined) continue;
    // Another relation (partners, area), a count, or a column with arguments: Prisma reads it.
    if (value !== true || !isCentreColumn(name)) return undefined;
    columns.push(name);
  }
  if (services === undefined || services === false)
    return { filter, take, skip, columns, ...(cursorId === undefined ? {} : { cursorId }) };
  const serviceColumns = serviceColumnsByType(services);
  if (serviceColumns === undefined) return undefined;
  return { filter, take, skip, columns, serviceColumns, ...(cursorId === undefined ? {} : { cursorId }) };
}

/**
 * The columns of `services: { orderBy: { serviceType: 'asc' }, select }`, as Centre.services
 * asks in select mode, or undefined for any other services query.
 */
function serviceColumnsByType(services: unknown): CentreServiceColumn[] | undefined {
  if (typeof services !== 'object' || services === null) return undefined;
  const { orderBy, select, ...rest } = services as { orderBy?: unknown; select?: unknown };
  if (Object.keys(rest).length > 0 || typeof orderBy !== 'object' || orderBy === null) return undefined;
  const keys = Object.keys(orderBy);
  if (keys.length !== 1 || (orderBy as { serviceType?: unknown }).serviceType !== 'asc') return undefined;
  if (typeof select !== 'object' || select === null) return undefined;
  const columns: CentreServiceColumn[] = [];
  for (const [name, value] of Object.entries(select)) {
    if (value === false || value === undefined) continue;
    if (value !== true || !isCentreServiceColumn(name)) return undefined;
    columns.push(name);
  }
  return columns;
}
