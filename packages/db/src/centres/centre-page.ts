import type { Centre, CentreService } from '../generated/prisma/client';
import type { SqlExecutor } from '../sql/sql-executor';
import type { CentreFilter } from './centre-filter';
import {
  CENTRE_COLUMN_FROM_JSON,
  centreColumnsIn,
  centreColumnsSql,
  serviceColumnsSql,
  type CentreColumn,
  type CentreServiceColumn,
} from './centre-columns';

export interface CentrePageQuery {
  readonly filter: CentreFilter;
  /** At most this many centres, by code (a page size plus one, to tell whether more follow). */
  readonly take: number;
  /** Rows left out at the start (after the cursor's, 1: the cursor's own row), as Prisma's `skip`. */
  readonly skip: number;
  /** As Prisma's `cursor: { id }`: the page starts at this centre's code; no rows when no centre has this id. */
  readonly cursorId?: string;
  /** The columns read, as Prisma's `select`; `id` is always read (the centre's key, its services' `centreId`). */
  readonly columns: readonly CentreColumn[];
  /** Each centre's services, by service type, with these columns; no services when absent. */
  readonly serviceColumns?: readonly CentreServiceColumn[];
}

/** A centre with the columns asked for (and its id), as Prisma gives it for the same `select`. */
export type CentreOfPage = Pick<Centre, 'id'> & Partial<Centre> & { services?: Partial<CentreService>[] };

/** Distinct page texts prepared so far (by filters and columns): bounded, see `prepared`. */
const preparedPages = new Set<string>();
const MAX_PREPARED_PAGES = 64;

/**
 * A page of centres, by code, in ONE statement (the services aggregated per centre as
 * JSON), as the rows Prisma gives for `findMany({ where, orderBy: { code: 'asc' }, take,
 * skip, cursor, select: { ...columns, services: { orderBy: { serviceType: 'asc' }, select } } })`
 * (centre-page.test.ts compares them). Only the asked columns are read: the page's JSON
 * text is parsed on every request (issue 13: for the partner query 3.5 KB instead of
 * 14.3 KB, mostly service notes it does not ask for; JSON.parse 30 -> 12.5 us).
 * The partner centres query is answered by it: through Prisma the same page costs two
 * statements and about ten times the CPU (issue 13). Same SQL on PostgreSQL and PGlite.
 */
export async function centrePage(sql: Pick<SqlExecutor, 'query'>, query: CentrePageQuery): Promise<CentreOfPage[]> {
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const conditions: string[] = [];
  const { filter } = query;
  // As Prisma's startsWith, which does not escape LIKE's wildcards: callers pass known p-codes (letters and digits).
  if (filter.areaPcodePrefix !== undefined)
    conditions.push(`c.area_pcode LIKE ${param(filter.areaPcodePrefix)} || '%'`);
  if (filter.kind !== undefined) conditions.push(`c.kind = ${param(filter.kind)}`);
  if (filter.serviceType !== undefined)
    conditions.push(
      `EXISTS (SELECT 1 FROM centre_service fs WHERE fs.centre_id = c.id AND fs.service_type = ${param(filter.serviceType)})`,
    );
  if (filter.partnerOrganisationId !== undefined)
    conditions.push(
      `EXISTS (SELECT 1 FROM centre_partner fp WHERE fp.centre_id = c.id AND fp.organisation_id = ${param(filter.partnerOrganisationId)}::uuid)`,
    );
  // As Prisma reads a cursor: from the cursor's code on (codes are unique), then `skip`; an unknown cursor compares with NULL: no rows.
  if (query.cursorId !== undefined)
    conditions.push(`c.code >= (SELECT cc.code FROM centre cc WHERE cc.id = ${param(query.cursorId)}::uuid)`);
  const limit = param(query.take);
  const offset = param(query.skip);
  const { text, columns, prepare } = pageStatement(conditions, query, limit, offset);
  // A partner page is read on every request: prepared, and shared by identical page reads
  // asked while one runs (each caller parses its own rows below).
  const [page] = await sql.query<{ page: string }>(text, params, { prepare, coalesce: true });
  const rows = JSON.parse(page?.page ?? '[]') as Record<string, unknown>[];
  const withCentreId = query.serviceColumns?.includes('centreId') ?? false;
  return rows.map((row) => centreOfRow(row, columns, withCentreId));
}

/** A page's statement: its text, the columns it reads (in the allow-list's order) and whether to prepare it. */
interface PageStatement {
  readonly text: string;
  readonly columns: readonly CentreColumn[];
  readonly prepare: boolean;
}

/**
 * Statements built so far, by their conditions (with their parameter numbers) and asked
 * columns: the partner page asks the same every time, so its text is built once and the
 * same string is handed to the driver (issue 13). Bounded as the prepared texts are.
 */
const pageStatements = new Map<string, PageStatement>();

function pageStatement(
  conditions: readonly string[],
  query: Pick<CentrePageQuery, 'columns' | 'serviceColumns'>,
  limit: string,
  offset: string,
): PageStatement {
  // LIMIT and OFFSET are the parameters after the conditions' own: the conditions give their numbers.
  const key = `${conditions.join(' AND ')}|${query.columns.join(',')}|${query.serviceColumns?.join(',') ?? '-'}`;
  const known = pageStatements.get(key);
  if (known !== undefined) return known;
  // Column names come from the allow-list only (centre-columns.ts), never from the caller.
  const columns = centreColumnsIn(['id', ...query.columns]);
  // Each service as the row of a lateral select of its asked columns (none but centreId: `{}`).
  const services =
    query.serviceColumns === undefined
      ? ''
      : `, coalesce((SELECT json_agg(sr ORDER BY s.service_type) FROM centre_service s
           CROSS JOIN LATERAL (SELECT ${serviceColumnsSql(query.serviceColumns)}) sr
           WHERE s.centre_id = p.id), '[]'::json) AS services`;
  // The page as ONE JSON text value: one field for the driver to read instead of one per
  // column and row (its row, date and array parsers were a fifth of the partner query's
  // database CPU, issue 13); JSON.parse reads it natively, on PostgreSQL and PGlite alike.
  // Each centre is the row of a lateral select of its asked columns, after the page's
  // LIMIT (rows rather than json_build_object: no spaces in the text, and 0.114 -> 0.099 ms
  // for the partner page on PostgreSQL 15, 25 runs each, interleaved).
  const text = `SELECT coalesce(json_agg(r ORDER BY p.code), '[]'::json)::text AS page FROM (
     SELECT c.* FROM centre c
     ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}
     ORDER BY c.code
     LIMIT ${limit} OFFSET ${offset}) p
     CROSS JOIN LATERAL (SELECT ${centreColumnsSql(columns)}${services}) r`;
  const statement = { text, columns, prepare: prepared(text) };
  if (pageStatements.size < MAX_PREPARED_PAGES) pageStatements.set(key, statement);
  return statement;
}

/**
 * Whether to prepare this page's text: each distinct text stays prepared on every pooled
 * connection, and a client varying its selection could ask for thousands; past the first
 * MAX_PREPARED_PAGES, pages run unprepared.
 */
function prepared(text: string): boolean {
  if (preparedPages.has(text)) return true;
  if (preparedPages.size >= MAX_PREPARED_PAGES) return false;
  preparedPages.add(text);
  return true;
}

/** A parsed row as Prisma's (dates as Date, services with their centre's id), in place: each caller parses its own. */
function centreOfRow(
  row: Record<string, unknown>,
  columns: readonly CentreColumn[],
  withCentreId: boolean,
): CentreOfPage {
  for (const column of columns) {
    const fromJson = CENTRE_COLUMN_FROM_JSON[column];
    if (fromJson !== undefined) row[column] = fromJson(row[column] as string | null);
  }
  if (withCentreId) for (const service of row.services as Record<string, unknown>[]) service.centreId = row.id;
  return row as CentreOfPage;
}
