import type { AdminArea } from '@crc/domain';
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import { builder } from '../../builder';
import type { GatewayContext } from '../../context';
import { AdminAreaRef, AdminLevelEnum } from '../geography/admin-area';
import { areaRoundTotals, latestRound, type AreaRoundTotal } from './displacement-totals';

export interface AreaDisplacement {
  readonly round: number | null;
  readonly idp: AreaRoundTotal | null;
  readonly returnee: AreaRoundTotal | null;
}

const AreaDisplacementRef = builder.objectRef<AreaDisplacement>('AreaDisplacement').implement({
  description:
    'IDPs and returnees of an area and every area inside it in one round, each summed at one level and from one source: the coarsest level with figures, then master list before DTM API, IOM document and manual entry. So a governorate figure is never added to its districts’ figures. Null figures were not reported (not zero).',
  fields: (t) => ({
    round: t.exposeInt('round', { nullable: true, description: 'The round; null when there are no DTM figures at all.' }),
    idps: t.int({ nullable: true, description: 'Internally displaced individuals; null when not reported in this round.', resolve: (d) => d.idp?.individuals ?? null }),
    idpHouseholds: t.int({ nullable: true, description: 'IDP households; null when not reported, or when some counted figure has no households.', resolve: (d) => d.idp?.households ?? null }),
    returnees: t.int({ nullable: true, description: 'Returnee individuals; null when not reported in this round.', resolve: (d) => d.returnee?.individuals ?? null }),
    returneeHouseholds: t.int({ nullable: true, description: 'Returnee households; null when not reported, or when some counted figure has no households.', resolve: (d) => d.returnee?.households ?? null }),
    idpLevel: t.field({ type: AdminLevelEnum, nullable: true, description: 'Level at which the IDP figures were summed.', resolve: (d) => d.idp?.level ?? null }),
    returneeLevel: t.field({ type: AdminLevelEnum, nullable: true, description: 'Level at which the returnee figures were summed.', resolve: (d) => d.returnee?.level ?? null }),
  }),
});

/** Per request: the latest round (one statement, shared by every area) and one loader per round asked. */
const requestCache = createContextCache((_context: GatewayContext) => ({
  latest: null as Promise<number | null> | null,
  loaders: new Map<number, DataLoader<string, AreaDisplacement>>(),
}));

function loaderFor(context: GatewayContext, round: number): DataLoader<string, AreaDisplacement> {
  const cache = requestCache(context);
  let loader = cache.loaders.get(round);
  if (loader === undefined) {
    // Every area asked in the same tick, in one statement summed in SQL.
    loader = new DataLoader<string, AreaDisplacement>(async (pcodes) => {
      const totals = await areaRoundTotals(context.prisma, pcodes, { from: round, to: round }, 'root');
      return pcodes.map((pcode) => ({
        round,
        idp: totals.find((total) => total.root === pcode && total.populationGroup === 'idp') ?? null,
        returnee: totals.find((total) => total.root === pcode && total.populationGroup === 'returnee') ?? null,
      }));
    });
    cache.loaders.set(round, loader);
  }
  return loader;
}

/** An area's displacement in `round`, or in the latest DTM round (the same for every area of the request). */
export async function areaDisplacement(context: GatewayContext, area: AdminArea, round: number | null | undefined): Promise<AreaDisplacement> {
  const cache = requestCache(context);
  let chosen = round ?? null;
  if (chosen === null) {
    cache.latest ??= latestRound(context.prisma);
    chosen = await cache.latest;
  }
  if (chosen === null) return { round: null, idp: null, returnee: null };
  return loaderFor(context, chosen).load(area.pcode);
}

builder.objectField(AdminAreaRef, 'displacement', (t) =>
  t.field({
    type: AreaDisplacementRef,
    description:
      'IDPs and returnees in this area and the areas inside it, in the latest DTM round (the same round for every area) or the given one. Loaded for all areas of a request at once. Public.',
    args: {
      round: t.arg.int({ required: false, description: 'The DTM round; default the latest round with any figure. 0 gives the figures quoted in IOM documents.' }),
    },
    resolve: (area, args, context) => areaDisplacement(context, area, args.round),
  }),
);
