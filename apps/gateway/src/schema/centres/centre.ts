import { getArea, type CentreKind } from '@crc/domain';
import { builder } from '../../builder';
import { localeFor, localeArg } from '../common/locale';
import { LocalizedNameRef } from '../common/localized-name';
import { AdminAreaRef } from '../geography/admin-area';
import { uuidOrNil } from '../common/ids';
import { vocabularyLabelIn } from '../common/vocabulary-label';
import { CentreKindEnum } from './centre-kind';
import { centreName } from './centre-name';
import { inWeekOrder, WeekdayEnum } from './weekday';

/** Centres are public: where they are, when they open, what they offer and who runs them. */
export const CentreRef = builder.prismaNode('Centre', {
  description: 'A Community Resource Centre or community centre run by IOM Iraq and its partners.',
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
      description: 'The name with the language it is really in: Sorani falls back to Arabic, then to the registered name.',
      args: { locale: t.arg(localeArg) },
      resolve: (centre, args, context) => centreName(localeFor(args.locale, context.locale), centre),
    }),
    kind: t.field({ type: CentreKindEnum, description: 'Kind of centre.', resolve: (centre) => centre.kind as CentreKind }),
    kindLabel: t.string({
      description: 'The kind of centre in the requested language.',
      args: { locale: t.arg(localeArg) },
      resolve: (centre, args, context) => vocabularyLabelIn(context, args.locale, 'centreKinds', centre.kind),
    }),
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
    address: t.exposeString('address', { nullable: true, description: 'Street address or directions, as the centre gives them.' }),
    lat: t.exposeFloat('lat', { nullable: true, description: 'Latitude in decimal degrees (WGS 84); null when not surveyed.' }),
    lon: t.exposeFloat('lon', { nullable: true, description: 'Longitude in decimal degrees (WGS 84); null when not surveyed.' }),
    openingDays: t.field({
      type: [WeekdayEnum],
      description: 'Days the centre opens, in week order from Sunday.',
      resolve: (centre) => inWeekOrder(centre.openingDays),
    }),
    openingDayLabels: t.stringList({
      description: 'The opening days in the requested language, in the same order as `openingDays`.',
      args: { locale: t.arg(localeArg) },
      resolve: (centre, args, context) =>
        inWeekOrder(centre.openingDays).map((day) => vocabularyLabelIn(context, args.locale, 'weekdays', day)),
    }),
    opensAt: t.exposeString('opensAt', { nullable: true, description: 'Opening time, local (Asia/Baghdad) `HH:MM`; null when not set.' }),
    closesAt: t.exposeString('closesAt', { nullable: true, description: 'Closing time, local (Asia/Baghdad) `HH:MM`; null when not set.' }),
    services: t.relation('services', {
      description: 'Services the centre offers, by service type.',
      query: { orderBy: { serviceType: 'asc' } },
    }),
    partners: t.relation('partners', {
      description: 'Organisations operating the centre, with their roles.',
      query: { orderBy: [{ role: 'asc' }, { organisationId: 'asc' }] },
    }),
    openedOn: t.expose('openedOn', { type: 'Date', nullable: true, description: 'Day the centre opened; null when not recorded.' }),
    closedOn: t.expose('closedOn', { type: 'Date', nullable: true, description: 'Day the centre closed; null while it is open.' }),
  }),
});
