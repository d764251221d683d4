import { areaRoundTotals, latestRound, type AreaRoundTotal, type DisplacementDimensionFilter } from '@crc/db';
import { COUNTRY_PCODE, getArea, KnownDisplacementOriginSchema, UNKNOWN_DIMENSION, type AdminArea } from '@crc/domain';
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import { builder } from '../../builder';
import type { GatewayContext } from '../../context';
import { AdminAreaRef, AdminLevelEnum } from '../geography/admin-area';
import { filterOrigin } from './displacement-figure';

export interface AreaDisplacement {
  /** The root the totals are for: an OCHA p-code, or IQ (all of Iraq). */
  readonly pcode: string;
  readonly round: number | null;
  readonly filter: DisplacementDimensionFilter;
  readonly idp: AreaRoundTotal | null;
  readonly returnee: AreaRoundTotal | null;
}

interface OriginDisplacement {
  readonly origin: string;
  readonly idp: AreaRoundTotal | null;
  readonly returnee: AreaRoundTotal | null;
}

const OriginDisplacementRef = builder.objectRef<OriginDisplacement>('OriginDisplacement').implement({
  description:
    'IDPs and returnees of an area in one round who come from one governorate (IDPs: governorate of origin; returnees: governorate of last displacement), counted as in `AreaDisplacement`.',
  fields: (t) => ({
    origin: t.field({
      type: AdminAreaRef,
      nullable: true,
      description: 'The governorate; null when the source does not know it (`originUnknown`).',
      resolve: (d) => getArea(d.origin) ?? null,
    }),
    originUnknown: t.boolean({
      description: 'True for the part DTM reports with origin “Not available”.',
      resolve: (d) => d.origin === UNKNOWN_DIMENSION,
    }),
    idps: t.int({
      nullable: true,
      description: 'IDP individuals from this governorate; null when not reported.',
      resolve: (d) => d.idp?.individuals ?? null,
    }),
    returnees: t.int({
      nullable: true,
      description: 'Returnee individuals whose last displacement was in this governorate; null when not reported.',
      resolve: (d) => d.returnee?.individuals ?? null,
    }),
  }),
});

const AreaDisplacementRef = builder.objectRef<AreaDisplacement>('AreaDisplacement').implement({
  description:
    'IDPs and returnees of an area and every area inside it (or of all of Iraq) in one round, each summed at one level and from one source: the coarsest level with figures (Iraq’s national figures, then governorates, ...), then master list before DTM API, IOM document and manual entry. So a governorate figure is never added to its districts’ figures. A round reported on two dates counts with its latest date. Figures split by origin or reason are summed, or only the parts asked for. Null figures were not reported (not zero).',
  fields: (t) => ({
    round: t.exposeInt('round', {
      nullable: true,
      description: 'The round; null when there are no DTM figures at all.',
    }),
    idps: t.int({
      nullable: true,
      description: 'Internally displaced individuals; null when not reported in this round.',
      resolve: (d) => d.idp?.individuals ?? null,
    }),
    idpHouseholds: t.int({
      nullable: true,
      description: 'IDP households; null when not reported, or when some counted figure has no households.',
      resolve: (d) => d.idp?.households ?? null,
    }),
    returnees: t.int({
      nullable: true,
      description: 'Returnee individuals; null when not reported in this round.',
      resolve: (d) => d.returnee?.individuals ?? null,
    }),
    returneeHouseholds: t.int({
      nullable: true,
      description: 'Returnee households; null when not reported, or when some counted figure has no households.',
      resolve: (d) => d.returnee?.households ?? null,
    }),
    idpLevel: t.field({
      type: AdminLevelEnum,
      nullable: true,
      description: 'Level at which the IDP figures were summed; null for Iraq’s national figures.',
      resolve: (d) => levelOf(d.idp),
    }),
    returneeLevel: t.field({
      type: AdminLevelEnum,
      nullable: true,
      description: 'Level at which the returnee figures were summed; null for Iraq’s national figures.',
      resolve: (d) => levelOf(d.returnee),
    }),
    byOrigin: t.field({
      type: [OriginDisplacementRef],
      description:
        'The same totals by governorate of origin (IDPs) or of last displacement (returnees), from the figures split by origin; the part of unknown origin last.',
      resolve: async (d, _args, context) => {
        if (d.round === null) return [];
        const totals = await areaRoundTotals(
          context.prisma,
          [d.pcode],
          { from: d.round, to: d.round },
          'origin',
          d.filter,
        );
        const origins = [...new Set(totals.map((total) => total.origin).filter((origin) => origin !== ''))].sort(
          (a, b) => (a === UNKNOWN_DIMENSION ? 1 : b === UNKNOWN_DIMENSION ? -1 : a.localeCompare(b)),
        );
        return origins.map((origin) => ({
          origin,
          idp: totals.find((total) => total.origin === origin && total.populationGroup === 'idp') ?? null,
          returnee: totals.find((total) => total.origin === origin && total.populationGroup === 'returnee') ?? null,
        }));
      },
    }),
  }),
});

function levelOf(total: AreaRoundTotal | null) {
  return total === null || total.level === 'country' ? null : total.level;
}

/** Per request: the latest round (one statement, shared by every area) and one loader per round and filter asked. */
const requestCache = createContextCache((_context: GatewayContext) => ({
  latest: null as Promise<number | null> | null,
  loaders: new Map<string, DataLoader<string, AreaDisplacement>>(),
}));

function loaderFor(
  context: GatewayContext,
  round: number,
  filter: DisplacementDimensionFilter,
): DataLoader<string, AreaDisplacement> {
  const cache = requestCache(context);
  const key = JSON.stringify([round, filter.origin ?? null, filter.displacementReason ?? null]);
  let loader = cache.loaders.get(key);
  if (loader === undefined) {
    // Every area asked in the same tick, in one statement summed in SQL.
    loader = new DataLoader<string, AreaDisplacement>(async (pcodes) => {
      const totals = await areaRoundTotals(context.prisma, pcodes, { from: round, to: round }, 'root', filter);
      return pcodes.map((pcode) => ({
        pcode,
        round,
        filter,
        idp: totals.find((total) => total.root === pcode && total.populationGroup === 'idp') ?? null,
        returnee: totals.find((total) => total.root === pcode && total.populationGroup === 'returnee') ?? null,
      }));
    });
    cache.loaders.set(key, loader);
  }
  return loader;
}

/** An area's (or Iraq's) displacement in `round`, or in the latest DTM round (the same for every area of the request). */
export async function areaDisplacement(
  context: GatewayContext,
  pcode: string,
  round: number | null | undefined,
  filter: DisplacementDimensionFilter = {},
): Promise<AreaDisplacement> {
  const cache = requestCache(context);
  let chosen = round ?? null;
  if (chosen === null) {
    cache.latest ??= latestRound(context.prisma);
    chosen = await cache.latest;
  }
  if (chosen === null) return { pcode, round: null, filter, idp: null, returnee: null };
  return loaderFor(context, chosen, filter).load(pcode);
}

function dimensionFilter(
  args: { origin?: string | null; displacementReason?: string | null },
  context: GatewayContext,
): DisplacementDimensionFilter {
  return {
    ...(args.origin == null ? {} : { origin: filterOrigin(args.origin, context, 'origin') }),
    ...(args.displacementReason == null ? {} : { displacementReason: args.displacementReason.trim() }),
  };
}

builder.objectField(AdminAreaRef, 'displacement', (t) =>
  t.field({
    type: AreaDisplacementRef,
    description:
      'IDPs and returnees in this area and the areas inside it, in the latest DTM round (the same round for every area) or the given one; only those from one governorate with `origin` (“IDPs in Duhok from Ninewa”), or displaced for one reason. Loaded for all areas of a request at once. Public.',
    args: {
      round: t.arg.int({
        required: false,
        description:
          'The DTM round; default the latest round with any figure. 0 gives the figures quoted in IOM documents.',
      }),
      origin: t.arg.string({
        required: false,
        description:
          'Governorate of origin (IDPs) or of last displacement (returnees): a p-code (DTM’s IRQ-G form accepted) or `unknown`.',
        validate: KnownDisplacementOriginSchema,
      }),
      displacementReason: t.arg.string({
        required: false,
        description: 'Only people displaced for this reason, as DTM writes it (e.g. `Conflict`).',
      }),
    },
    resolve: (area: AdminArea, args, context) =>
      areaDisplacement(context, area.pcode, args.round, dimensionFilter(args, context)),
  }),
);

builder.queryField('nationalDisplacement', (t) =>
  t.field({
    type: AreaDisplacementRef,
    description:
      'IDPs and returnees in all of Iraq in the latest DTM round or the given one: the national figures (DTM admin0 rows) where there are any, else the governorates’ summed, never both. Beside `AdminArea.displacement` of the governorates. Public.',
    args: {
      round: t.arg.int({ required: false, description: 'The DTM round; default the latest round with any figure.' }),
      origin: t.arg.string({
        required: false,
        description: 'Governorate of origin (IDPs) or of last displacement (returnees): a p-code or `unknown`.',
        validate: KnownDisplacementOriginSchema,
      }),
      displacementReason: t.arg.string({
        required: false,
        description: 'Only people displaced for this reason, as DTM writes it.',
      }),
    },
    resolve: (_root, args, context) =>
      areaDisplacement(context, COUNTRY_PCODE, args.round, dimensionFilter(args, context)),
  }),
);
