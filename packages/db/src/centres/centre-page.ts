import type { Centre, CentreService } from '../generated/prisma/client';
import type { SqlExecutor } from '../sql/sql-executor';
import type { CentreFilter } from './centre-filter';

export interface CentrePageQuery {
  readonly filter: CentreFilter;
  /** At most this many centres, by code (a page size plus one, to tell whether more follow). */
  readonly take: number;
  /** Rows left out at the start (after the cursor's, 1: the cursor's own row), as Prisma's `skip`. */
  readonly skip: number;
  /** As Prisma's `cursor: { id }`: the page starts at this centre's code; no rows when no centre has this id. */
  readonly cursorId?: string;
  /** Each centre with its services, by service type. */
  readonly withServices: boolean;
}

export type CentreOfPage = Centre & { services?: CentreService[] };

interface CentrePageRow extends Record<string, unknown> {
  id: string;
  code: string;
  name: string;
  name_ar: string | null;
  name_ckb: string | null;
  kind: string;
  area_pcode: string;
  address: string | null;
  lat: number | null;
  lon: number | null;
  opening_days: string[];
  opens_at: string | null;
  closes_at: string | null;
  opened_on: string | null;
  closed_on: string | null;
  illustrative: boolean;
  /** ISO 8601 with an offset, as PostgreSQL writes a timestamptz in JSON. */
  created_at: string;
  updated_at: string;
  services?: { serviceType: string; notes: string | null }[];
}

/**
 * A page of centres, by code, in ONE statement (the services aggregated per centre as
 * JSON), as the rows Prisma gives for `findMany({ where, orderBy: { code: 'asc' }, take,
 * skip, cursor, include: { services: { orderBy: { serviceType: 'asc' } } } })`
 * (centre-page.test.ts compares them).
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
  const services = query.withServices
    ? // Rows of a subquery rather than json_build_object per service: the same JSON, and the
      // statement's median 0.156 -> 0.140 ms on PostgreSQL 15 (20 runs each, interleaved).
      `, coalesce((SELECT json_agg(s ORDER BY s."serviceType") FROM (
           SELECT s.service_type AS "serviceType", s.notes FROM centre_service s WHERE s.centre_id = c.id) s), '[]'::json) AS services`
    : '';
  // Dates as text: node-postgres would read a DATE as local midnight, Prisma gives UTC midnight.
  // The page as ONE JSON text value: one field for the driver to read instead of 19 per row
  // (its row, date and array parsers were a fifth of the partner query's database CPU,
  // issue 13); JSON.parse reads it natively, on PostgreSQL and PGlite alike.
  const [page] = await sql.query<{ page: string }>(
    `SELECT coalesce(json_agg(p ORDER BY p.code), '[]'::json)::text AS page FROM (
     SELECT c.id, c.code, c.name, c.name_ar, c.name_ckb, c.kind, c.area_pcode, c.address, c.lat, c.lon,
       c.opening_days, c.opens_at, c.closes_at, c.opened_on::text AS opened_on, c.closed_on::text AS closed_on,
       c.illustrative, c.created_at, c.updated_at${services}
     FROM centre c
     ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}
     ORDER BY c.code
     LIMIT ${param(query.take)} OFFSET ${param(query.skip)}) p`,
    params,
    // A partner page is read on every request: prepared (its text is one of a few, by the
    // filters given), and shared by identical page reads asked while one runs (each caller
    // parses its own rows below).
    { prepare: true, coalesce: true },
  );
  const rows = JSON.parse(page?.page ?? '[]') as CentrePageRow[];
  return rows.map((row) => centreOfRow(row, query.withServices));
}

function centreOfRow(row: CentrePageRow, withServices: boolean): CentreOfPage {
  const centre: CentreOfPage = {
    id: row.id,
    code: row.code,
    name: row.name,
    nameAr: row.name_ar,
    nameCkb: row.name_ckb,
    kind: row.kind,
    areaPcode: row.area_pcode,
    address: row.address,
    lat: row.lat,
    lon: row.lon,
    openingDays: row.opening_days,
    opensAt: row.opens_at,
    closesAt: row.closes_at,
    openedOn: utcDate(row.opened_on),
    closedOn: utcDate(row.closed_on),
    illustrative: row.illustrative,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
  if (withServices)
    centre.services = (row.services ?? []).map((service) => ({
      centreId: row.id,
      serviceType: service.serviceType,
      notes: service.notes,
    }));
  return centre;
}

function utcDate(isoDate: string | null): Date | null {
  return isoDate === null ? null : new Date(`${isoDate}T00:00:00.000Z`);
}
