import { getArea, CENTRE_KINDS, KnownAreaPcodeSchema, WEEKDAYS, type Weekday } from '@crc/domain';
import { centrePrismaWhere, type CentreFilter } from '@crc/db';
import { builder } from '../../builder';
import { filterArea } from '../common/filter-area';
import { vocabularyField } from '../common/vocabulary-field';
import type { GatewayContext } from '../../context';
import { localeFor, localeArg } from '../common/locale';
import { LocalizedNameRef } from '../common/localized-name';
import { AdminAreaRef } from '../geography/admin-area';
import { uuidOrNil } from '../common/ids';
import { vocabularyLabelIn } from '../common/vocabulary-label';
import { describedTotalCount } from '../common/total-count';
import { OrganisationRef } from '../organisations/organisation';
// One ServiceType enum for the whole schema; service deliveries and referrals (people/) use it too.
import { ServiceTypeEnum } from '../common/vocabulary-enums';
import { vocabularyEnumValues } from '../common/vocabulary-enum';
import { centreName } from './centre-name';
import { centresWithinAreaLoader } from './centres-within-area-loader';
import { readCentresPage } from './read-centres-page';

/**
 * Centres are public: where they are, when they open, what they offer and who runs them.
 * Select mode (issue 13): a centre is read with the short columns below, plus those of the
 * fields asked for (exposed fields and relations are selected by the prisma plugin).
 */
export const CentreRef = builder.prismaNode('Centre', {
  description: 'A Community Resource Centre or community centre run by IOM Iraq and its partners.',
  // The node id and cursor, and what name, localizedName, kind and area read: the prisma
  // plugin checks each field with a `select` of its own on every row. The partner centres
  // query, against include mode: ~+40 us CPU per request with field selects for name and
  // area, ~-35 us with these columns here (interleaved runs, load 0.8-2.9).
  select: { id: true, code: true, name: true, nameAr: true, nameCkb: true, kind: true, areaPcode: true },
  id: { field: 'id' },
  findUnique: (id) => ({ id: uuidOrNil(id, 'Centre') }),
  nullable: true,
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Short stable code, e.g. `CRC-JALAWLA`.' }),
    name: t.string({
      description: 'Name in the requested language; where none exists, the fallback is visible in `localizedName`.',
      args: { locale: t.arg(localeArg) },
      resolve: (centre, args, context) => centreName(localeFor(args.locale, context.locale), centre).text,
    }),
    localizedName: t.field({
      type: LocalizedNameRef,
      description:
        'The name with the language it is really in: Sorani falls back to Arabic, then to the registered name.',
      args: { locale: t.arg(localeArg) },
      resolve: (centre, args, context) => centreName(localeFor(args.locale, context.locale), centre),
    }),
    ...vocabularyField(t, 'kind', { type: CentreKindEnum, vocabulary: 'centreKinds', description: 'Kind of centre.' }),
    area: t.field({
      type: AdminAreaRef,
      description: 'The area the centre is in (usually a sub-district), from the reference geography.',
      resolve: (centre) => {
        const area = getArea(centre.areaPcode);
        // The database only accepts p-codes of the reference geography (foreign key).
        if (area === undefined) throw new Error(`Centre ${centre.code} lies in unknown area ${centre.areaPcode}`);
        return area;
      },
    }),
    address: t.exposeString('address', {
      nullable: true,
      description: 'Street address or directions, as the centre gives them.',
    }),
    lat: t.exposeFloat('lat', {
      nullable: true,
      description: 'Latitude in decimal degrees (WGS 84); null when not surveyed.',
    }),
    lon: t.exposeFloat('lon', {
      nullable: true,
      description: 'Longitude in decimal degrees (WGS 84); null when not surveyed.',
    }),
    openingDays: t.field({
      type: [WeekdayEnum],
      description: 'Days the centre opens, in week order from Sunday.',
      select: { openingDays: true },
      resolve: (centre) => inWeekOrder(centre.openingDays),
    }),
    openingDayLabels: t.stringList({
      description: 'The opening days in the requested language, in the same order as `openingDays`.',
      args: { locale: t.arg(localeArg) },
      select: { openingDays: true },
      resolve: (centre, args, context) =>
        inWeekOrder(centre.openingDays).map((day) => vocabularyLabelIn(context, args.locale, 'weekdays', day)),
    }),
    opensAt: t.exposeString('opensAt', {
      nullable: true,
      description: 'Opening time, local (Asia/Baghdad) `HH:MM`; null when not set.',
    }),
    closesAt: t.exposeString('closesAt', {
      nullable: true,
      description: 'Closing time, local (Asia/Baghdad) `HH:MM`; null when not set.',
    }),
    services: t.relation('services', {
      description: 'Services the centre offers, by service type.',
      query: { orderBy: { serviceType: 'asc' } },
    }),
    partners: t.relation('partners', {
      description: 'Organisations operating the centre, with their roles.',
      query: { orderBy: [{ role: 'asc' }, { organisationId: 'asc' }] },
    }),
    openedOn: t.expose('openedOn', {
      type: 'Date',
      nullable: true,
      description: 'Day the centre opened; null when not recorded.',
    }),
    closedOn: t.expose('closedOn', {
      type: 'Date',
      nullable: true,
      description: 'Day the centre closed; null while it is open.',
    }),
  }),
});

builder.queryFields((t) => ({
  centres: t.prismaConnection(
    {
      type: CentreRef,
      cursor: 'id',
      description: 'Centres, by code.',
      args: { filter: t.arg({ type: CentreFilterInput, required: false, description: 'Narrows the list.' }) },
      resolve: (query, _root, args, context) => readCentresPage(query, centreFilterOf(args.filter, context), context),
      totalCount: (_root, args, context) =>
        context.prisma.centre.count({ where: centrePrismaWhere(centreFilterOf(args.filter, context)) }),
    },
    {
      name: 'CentreConnection',
      description: 'A page of centres.',
      fields: describedTotalCount('How many centres match the filter, over all pages.'),
    },
    { name: 'CentreEdge', description: 'A centre on a page, with its cursor.' },
  ),
  centre: t.prismaField({
    type: CentreRef,
    nullable: true,
    description: 'One centre by its global id; null when none has that id.',
    args: { id: t.arg.globalID({ required: true, for: CentreRef, description: 'The centre’s `id`.' }) },
    resolve: (query, _root, args, context) =>
      context.prisma.centre.findUnique({ ...query, where: { id: uuidOrNil(args.id.id, 'Centre') } }),
  }),
}));

export const CentreFilterInput = builder.inputType('CentreFilter', {
  description: 'Narrows a list of centres; conditions combine with AND.',
  fields: (t) => ({
    areaPcode: t.string({
      required: false,
      description:
        'Only centres in this area or any area inside it: a governorate’s p-code (`IQG10`) includes the centres of all its districts and sub-districts.',
      validate: KnownAreaPcodeSchema,
    }),
    kind: t.field({ type: CentreKindEnum, required: false, description: 'Only centres of this kind.' }),
    serviceType: t.field({
      type: ServiceTypeEnum,
      required: false,
      description: 'Only centres offering this service.',
    }),
    partnerId: t.globalID({
      required: false,
      for: OrganisationRef,
      description: 'Only centres this organisation operates (an `Organisation.id`), in any role.',
    }),
  }),
});

export interface CentreFilterArgument {
  readonly areaPcode?: string | null;
  readonly kind?: string | null;
  readonly serviceType?: string | null;
  readonly partnerId?: { readonly id: string } | null;
}

/**
 * The filter argument as @crc/db's CentreFilter, shared by the page and `totalCount` so
 * they always agree. Descendants' p-codes extend their ancestors' (IQG10 > IQG10Q05 >
 * IQG10Q05N02), so "in this area or below" is a prefix match on a known p-code. An
 * unknown p-code is refused rather than matched as a prefix (`IQG1` would match IQG1x).
 */
export function centreFilterOf(filter: CentreFilterArgument | null | undefined, context: GatewayContext): CentreFilter {
  const centreFilter: { -readonly [Key in keyof CentreFilter]: CentreFilter[Key] } = {};
  if (filter?.areaPcode) {
    const area = filterArea(filter.areaPcode, context);
    centreFilter.areaPcodePrefix = area.pcode;
  }
  if (filter?.kind) centreFilter.kind = filter.kind;
  if (filter?.serviceType) centreFilter.serviceType = filter.serviceType;
  if (filter?.partnerId) centreFilter.partnerOrganisationId = uuidOrNil(filter.partnerId.id, 'Organisation');
  return centreFilter;
}

export const CentreKindEnum = builder.enumType('CentreKind', {
  description: 'Kind of centre IOM Iraq runs; the label in the request’s language is `Centre.kindLabel`.',
  values: vocabularyEnumValues(CENTRE_KINDS, (kind) => `${kind.label} (${kind.acronym}).`),
});

export const WeekdayEnum = builder.enumType('Weekday', {
  description: 'A day of the week; the working week in Iraq starts on Sunday.',
  values: vocabularyEnumValues(WEEKDAYS, (day) => `${day.label}.`),
});

const WEEKDAY_ORDER: ReadonlyMap<string, number> = new Map(WEEKDAYS.map((day, index) => [day.code, index]));

/** Days in week order (Sunday first) whatever order they were stored in; unknown codes last. */
export function inWeekOrder(days: readonly string[]): Weekday[] {
  const position = (day: string) => WEEKDAY_ORDER.get(day) ?? WEEKDAYS.length;
  // Stored codes are validated against the vocabulary on write.
  return ([...days] as Weekday[]).sort((a, b) => position(a) - position(b));
}

builder.objectField(AdminAreaRef, 'centres', (t) =>
  t.prismaField({
    type: [CentreRef],
    description:
      'Centres located in this area or any area inside it, by code. Loaded for all areas of a request at once; for paging, use `centres(filter: { areaPcode })`.',
    resolve: (query, area, _args, context) => centresWithinAreaLoader(context, query).load(area.pcode),
  }),
);

// Defined here rather than in organisations/ so that organisations never depend on centres.
builder.prismaObjectField(OrganisationRef, 'centres', (t) =>
  t.relatedConnection(
    'centrePartnerships',
    {
      description: 'The centres this organisation operates, one edge per centre and role.',
      cursor: 'centreId_organisationId_role',
      totalCount: true,
      query: { orderBy: [{ centre: { code: 'asc' } }, { role: 'asc' }] },
    },
    {
      name: 'OrganisationCentresConnection',
      description: 'A page of the centres an organisation operates.',
      fields: describedTotalCount('How many centre partnerships the organisation has, over all pages.'),
    },
    { name: 'OrganisationCentresEdge', description: 'A centre partnership on a page, with its cursor.' },
  ),
);
