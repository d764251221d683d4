import { allAreas, IRAQ, type AdminArea as DomainArea, type CountryArea } from '@crc/domain';
import type { Prisma } from '../generated/prisma/client';
import { emptyCounts, type LoadCounts } from './load-counts';

type AdminAreaRow = Prisma.AdminAreaCreateManyInput;

function toRow(area: DomainArea | CountryArea): AdminAreaRow {
  return {
    pcode: area.pcode,
    level: area.level,
    parentPcode: area.parentPcode,
    isoCode: area.level === 'country' ? null : area.isoCode,
    nameEn: area.names.en,
    nameAr: area.names.ar,
    nameCkb: area.names.ckb,
    ckbUnreviewed: area.ckbUnreviewed,
    lat: area.centroid.lat,
    lon: area.centroid.lon,
  };
}

/** The rows admin_area should hold; allAreas() is sorted by p-code, so parents precede their children. */
export function wantedAdminAreas(): AdminAreaRow[] {
  return [IRAQ, ...allAreas()].map(toRow);
}

const COMPARED_FIELDS = [
  'level',
  'parentPcode',
  'isoCode',
  'nameEn',
  'nameAr',
  'nameCkb',
  'ckbUnreviewed',
  'lat',
  'lon',
] as const;

function sameRow(a: AdminAreaRow, b: AdminAreaRow): boolean {
  return COMPARED_FIELDS.every((field) => (a[field] ?? null) === (b[field] ?? null));
}

/**
 * Upserts Iraq itself (`IQ`, level country: where national figures are stored) and its
 * governorates, districts and sub-districts from @crc/domain. Only rows
 * that differ are written, so a second load reports everything unchanged. Areas are
 * never deleted here: other tables reference them.
 */
export async function loadAdminAreas(tx: Prisma.TransactionClient): Promise<LoadCounts> {
  const counts = emptyCounts();
  const existing = new Map((await tx.adminArea.findMany()).map((row) => [row.pcode, row]));
  const toInsert: AdminAreaRow[] = [];
  for (const wanted of wantedAdminAreas()) {
    const current = existing.get(wanted.pcode);
    if (!current) {
      toInsert.push(wanted);
    } else if (sameRow(current, wanted)) {
      counts.unchanged += 1;
    } else {
      const { pcode, ...data } = wanted;
      await tx.adminArea.update({ where: { pcode }, data });
      counts.updated += 1;
    }
  }
  if (toInsert.length > 0) counts.inserted = (await tx.adminArea.createMany({ data: toInsert })).count;
  return counts;
}
