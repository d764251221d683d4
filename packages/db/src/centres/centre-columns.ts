import type { Centre, CentreService } from '../generated/prisma/client';

/**
 * The columns centrePage can read, by Prisma field name: the SQL of each over the page's
 * row `p`, written into the page's JSON under that name. An allow-list: a page's SQL names only these, whatever a
 * request asks for. Every Centre field is listed (`satisfies`), so a new column is not
 * silently left out of pages.
 */
const CENTRE_COLUMN_SQL = {
  id: 'p.id',
  code: 'p.code',
  name: 'p.name',
  nameAr: 'p.name_ar',
  nameCkb: 'p.name_ckb',
  kind: 'p.kind',
  areaPcode: 'p.area_pcode',
  address: 'p.address',
  lat: 'p.lat',
  lon: 'p.lon',
  openingDays: 'p.opening_days',
  opensAt: 'p.opens_at',
  closesAt: 'p.closes_at',
  // Dates as text: node-postgres would read a DATE as local midnight, Prisma gives UTC midnight.
  openedOn: 'p.opened_on::text',
  closedOn: 'p.closed_on::text',
  illustrative: 'p.illustrative',
  // ISO 8601 with an offset, as PostgreSQL writes a timestamptz in JSON.
  createdAt: 'p.created_at',
  updatedAt: 'p.updated_at',
} as const satisfies Record<keyof Centre, string>;

/** A service's columns, as the centre's; `centreId` is not read per service: it is the centre's `id`. */
const SERVICE_COLUMN_SQL = {
  serviceType: 's.service_type',
  notes: 's.notes',
} as const satisfies Record<Exclude<keyof CentreService, 'centreId'>, string>;

export type CentreColumn = keyof typeof CENTRE_COLUMN_SQL;
export type CentreServiceColumn = keyof CentreService;

const CENTRE_COLUMNS = Object.keys(CENTRE_COLUMN_SQL) as CentreColumn[];
const SERVICE_COLUMNS = Object.keys(SERVICE_COLUMN_SQL) as (keyof typeof SERVICE_COLUMN_SQL)[];

export function isCentreColumn(name: string): name is CentreColumn {
  return Object.hasOwn(CENTRE_COLUMN_SQL, name);
}

export function isCentreServiceColumn(name: string): name is CentreServiceColumn {
  return name === 'centreId' || Object.hasOwn(SERVICE_COLUMN_SQL, name);
}

/**
 * The asked columns in the allow-list's order, so that one set of columns always gives the
 * same SQL text (one prepared statement), however a caller lists them.
 */
export function centreColumnsIn(asked: readonly string[]): CentreColumn[] {
  return CENTRE_COLUMNS.filter((column) => asked.includes(column));
}

/** A select list of these centre columns under their Prisma names: `p.name_ar AS "nameAr", ...`. */
export function centreColumnsSql(columns: readonly CentreColumn[]): string {
  return columns.map((column) => `${CENTRE_COLUMN_SQL[column]} AS "${column}"`).join(', ');
}

/** The same for a service's columns (`centreId` left out: filled in from the centre); may be empty. */
export function serviceColumnsSql(asked: readonly CentreServiceColumn[]): string {
  return SERVICE_COLUMNS.filter((column) => asked.includes(column))
    .map((column) => `${SERVICE_COLUMN_SQL[column]} AS "${column}"`)
    .join(', ');
}

/** How a column's JSON value becomes the value Prisma gives; the others are the same in JSON. */
export const CENTRE_COLUMN_FROM_JSON: Partial<Record<CentreColumn, (value: string | null) => Date | null>> = {
  openedOn: utcDate,
  closedOn: utcDate,
  createdAt: timestamp,
  updatedAt: timestamp,
};

function timestamp(value: string | null): Date | null {
  return value === null ? null : new Date(value);
}

function utcDate(isoDate: string | null): Date | null {
  return isoDate === null ? null : new Date(`${isoDate}T00:00:00.000Z`);
}
