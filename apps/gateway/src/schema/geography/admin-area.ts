import { ADMIN_LEVELS, childrenOf, getArea, type AdminArea, governorates, PcodeSchema, resolveArea } from '@crc/domain';
import { areaName } from '@crc/i18n';
import { z } from 'zod';
import { builder } from '../../builder';
import { localeFor, localeArg } from '../common/locale';
import { LocalizedNameRef } from '../common/localized-name';

export const AdminLevelEnum = builder.enumType('AdminLevel', {
  description: 'Level of an administrative area in the OCHA p-code scheme.',
  values: {
    GOVERNORATE: { value: 'governorate', description: 'Level 1, e.g. Diyala (IQG10).' },
    DISTRICT: { value: 'district', description: 'Level 2, e.g. Khanaqin (IQG10Q05).' },
    SUBDISTRICT: { value: 'subdistrict', description: 'Level 3, e.g. Jalawla (IQG10Q05N02).' },
  } as const,
});

const AreaNamesRef = builder.objectRef<AdminArea['names']>('AreaNames').implement({
  description: 'The names an area has in each language; null where no translation exists.',
  fields: (t) => ({
    en: t.exposeString('en', { description: 'English name (OCHA / Open Admin Data spelling).' }),
    ar: t.exposeString('ar', { description: 'Arabic name.' }),
    ckb: t.exposeString('ckb', {
      nullable: true,
      description: 'Sorani Kurdish name; governorates only, community-sourced and flagged for review.',
    }),
  }),
});

const CentroidRef = builder.objectRef<AdminArea['centroid']>('Centroid').implement({
  description: 'Approximate centre point of an area (WGS 84).',
  fields: (t) => ({
    lat: t.exposeFloat('lat', { description: 'Latitude in decimal degrees.' }),
    lon: t.exposeFloat('lon', { description: 'Longitude in decimal degrees.' }),
  }),
});

/**
 * Areas come from @crc/domain's reference geography in memory: no database round
 * trip for names or hierarchy. Their global id is the p-code.
 */
export const AdminAreaRef = builder.objectRef<AdminArea>('AdminArea');

/** The area of an optional p-code column; null when none is recorded (or, defensively, when it is unknown). */
export function areaOrNull(pcode: string | null): AdminArea | null {
  return pcode === null ? null : (getArea(pcode) ?? null);
}

builder.node(AdminAreaRef, {
  description: 'A governorate, district or sub-district of Iraq, keyed by its OCHA p-code.',
  id: { resolve: (area) => area.pcode },
  // Domain areas are frozen and the relay plugin brands what node() returns: hand it a copy.
  loadOne: (pcode) => {
    const area = getArea(pcode);
    return area === undefined ? null : { ...area };
  },
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'pcode' in value && 'centroid' in value,
  fields: (t) => ({
    pcode: t.exposeString('pcode', { description: 'OCHA p-code, e.g. `IQG10Q05`.' }),
    level: t.field({ type: AdminLevelEnum, description: 'Administrative level.', resolve: (area) => area.level }),
    isoCode: t.exposeString('isoCode', {
      nullable: true,
      description: 'ISO 3166-2 code; governorates only, e.g. `IQ-DI`.',
    }),
    name: t.string({
      description: 'Name in the requested language; where none exists, the fallback is visible in `localizedName`.',
      args: { locale: t.arg(localeArg) },
      resolve: (area, args, context) => areaName(localeFor(args.locale, context.locale), area).text,
    }),
    localizedName: t.field({
      type: LocalizedNameRef,
      description: 'The name with its real language and fallback and review flags.',
      args: { locale: t.arg(localeArg) },
      resolve: (area, args, context) => areaName(localeFor(args.locale, context.locale), area),
    }),
    names: t.field({ type: AreaNamesRef, description: 'All names of the area.', resolve: (area) => area.names }),
    centroid: t.field({
      type: CentroidRef,
      description: 'Approximate centre point.',
      resolve: (area) => area.centroid,
    }),
    parent: t.field({
      type: AdminAreaRef,
      nullable: true,
      description: 'The enclosing area; null for governorates.',
      resolve: (area) => areaOrNull(area.parentPcode),
    }),
    children: t.field({
      type: [AdminAreaRef],
      description: 'Areas one level down (districts of a governorate, sub-districts of a district).',
      resolve: (area) => childrenOf(area.pcode),
    }),
    levelNumber: t.int({
      description: 'OCHA level number: 1 governorate, 2 district, 3 sub-district.',
      resolve: (area) => ADMIN_LEVELS.indexOf(area.level) + 1,
    }),
  }),
});

const ResolvedAreaRef = builder.objectRef<ReturnType<typeof resolveArea>[number]>('ResolvedArea').implement({
  description: 'An area that a piece of free text may name, with how well it matched.',
  fields: (t) => ({
    area: t.field({ type: AdminAreaRef, description: 'The matching area.', resolve: (match) => match }),
    score: t.exposeFloat('score', { description: '1 for an exact match; lower for loose or approximate spellings.' }),
    matchedBy: t.string({
      description: 'What matched: `pcode`, `iso`, `name` or `alias` (a known variant spelling).',
      resolve: (match) => match.matchedBy,
    }),
  }),
});

builder.queryFields((t) => ({
  governorates: t.field({
    type: [AdminAreaRef],
    description: 'The 18 governorates of Iraq, by p-code.',
    resolve: () => governorates(),
  }),
  adminArea: t.field({
    type: AdminAreaRef,
    nullable: true,
    description: 'One governorate, district or sub-district by OCHA p-code; null when no area has that p-code.',
    args: {
      pcode: t.arg.string({ required: true, description: 'OCHA p-code, e.g. `IQG10Q05`.', validate: PcodeSchema }),
    },
    resolve: (_root, { pcode }) => getArea(pcode) ?? null,
  }),
  resolveArea: t.field({
    type: [ResolvedAreaRef],
    description:
      'Resolves a place name as written in reports and spreadsheets (English, Arabic or Sorani, any common spelling, p-code or ISO code) to areas, best match first. A name shared by a governorate and its district returns both, governorate first: nothing is guessed silently.',
    args: {
      text: t.arg.string({
        required: true,
        description: 'The text to resolve, e.g. `Salahadin` or `نينوى`.',
        validate: z.string().trim().min(1).max(200),
      }),
      level: t.arg({ type: AdminLevelEnum, required: false, description: 'Only areas at this level.' }),
      limit: t.arg.int({
        required: false,
        description: 'At most this many matches (default 10, at most 50).',
        validate: z.number().int().min(1).max(50),
      }),
    },
    resolve: (_root, { text, level, limit }) => resolveArea(text, { ...(level ? { level } : {}), limit: limit ?? 10 }),
  }),
}));
