import {
  areasAtLevel,
  type CentreKind,
  type EngagementType,
  type IatiOrganisationType,
  type ServiceType,
} from '@crc/domain';
import type { Prisma } from '../generated/prisma/client';
import { dateOf, randomWorkingDay } from './demo-calendar';
import { residenceAreasOf, type DemoCentre } from './demo-centre';
import { randomFor, stableUuid } from './random';
import { ILLUSTRATIVE_NOTE } from './sources';

/** Generated activity ends here: a fixed date, so the data never depends on the day it is loaded. */
export const DEMO_END = dateOf('2020-12-31');

/**
 * Organisations generated referrals go to. The documents name no service providers,
 * so these are invented and named so that nobody mistakes them for real agencies.
 */
export const REFERRAL_PARTNERS = [
  { key: 'legal-aid', name: 'Legal aid partner (illustrative)', type: 'national_ngo' },
  { key: 'protection', name: 'Protection partner (illustrative)', type: 'international_ngo' },
  { key: 'mhpss', name: 'Mental health and psychosocial support partner (illustrative)', type: 'national_ngo' },
  { key: 'health', name: 'Health partner (illustrative)', type: 'national_ngo' },
] as const satisfies readonly { key: string; name: string; type: IatiOrganisationType }[];

export function referralPartnerRows(): Prisma.OrganisationCreateManyInput[] {
  return REFERRAL_PARTNERS.map((partner) => ({
    id: stableUuid('illustrative', 'organisation', partner.key),
    name: partner.name,
    acronym: null,
    type: partner.type,
    iatiRef: null,
    illustrative: true,
  }));
}

export interface ExtraCentre {
  readonly row: Prisma.CentreCreateManyInput & { id: string };
  readonly services: readonly ServiceType[];
}

/**
 * Centres beyond the six published ones, for scale tests: alternating kinds, in
 * districts of Iraq picked by the seed, flagged illustrative.
 */
export function generateExtraCentres(
  seed: number,
  count: number,
  servicesOf: Record<CentreKind, readonly ServiceType[]>,
  openingDays: readonly string[],
): ExtraCentre[] {
  const districts = areasAtLevel('district');
  return Array.from({ length: Math.max(0, count) }, (_, i) => {
    const number = i + 7;
    const random = randomFor(seed, 'centre', number);
    const kind: CentreKind = number % 2 === 0 ? 'community_centre' : 'community_resource_centre';
    const district = random.pick(districts);
    const code = `DEMO-${kind === 'community_centre' ? 'CC' : 'CRC'}-${String(number).padStart(3, '0')}`;
    return {
      services: servicesOf[kind],
      row: {
        id: stableUuid(seed, 'centre', number),
        code,
        name: `${district.names.en} ${kind === 'community_centre' ? 'Community Centre' : 'Community Resource Centre'} (illustrative)`,
        nameAr: `${kind === 'community_centre' ? 'المركز المجتمعي في' : 'مركز الموارد المجتمعية في'} ${district.names.ar}`,
        nameCkb: null,
        kind,
        areaPcode: district.pcode,
        openingDays: [...openingDays],
        openedOn: randomWorkingDay(random, dateOf('2018-01-01'), dateOf('2019-06-30')),
        illustrative: true,
      },
    };
  });
}

/** When generated activity at a centre starts: its opening day, else what the documents say, else 2017. */
export function activityWindowStart(code: string, openedOn: Date | null | undefined): Date {
  if (openedOn) return openedOn;
  if (code === 'CRC-BAIJI') return dateOf('2019-09-01'); // "early September" 2019
  if (code === 'CC-KIRKUK') return dateOf('2016-12-01'); // "established in December 2016"
  return dateOf('2017-01-01');
}

export function demoCentreOf(
  row: { id: string; code: string; kind: string; areaPcode: string; openedOn?: Date | string | null },
  services: readonly ServiceType[],
): DemoCentre {
  const openedOn = row.openedOn ? new Date(row.openedOn) : null;
  return {
    id: row.id,
    code: row.code,
    kind: row.kind as CentreKind,
    areaPcode: row.areaPcode,
    services,
    activeFrom: activityWindowStart(row.code, openedOn),
    activeTo: DEMO_END,
    residenceAreas: residenceAreasOf(row.areaPcode),
  };
}

const CENTRE_EVENTS: Record<CentreKind, readonly (readonly [EngagementType, string])[]> = {
  community_centre: [
    ['workshop', 'Peacebuilding workshop'],
    ['workshop', 'Mediation training session'],
    ['meeting', 'Film discussion group'],
    ['meeting', 'Book discussion group'],
    ['meeting', 'Theatre performance'],
    ['focus_group_discussion', 'Self-help group session'],
  ],
  community_resource_centre: [
    ['meeting', 'Awareness session on housing, land and property rights'],
    ['meeting', 'Information session on civil documentation'],
    ['town_hall', 'Community meeting with local authorities'],
    ['focus_group_discussion', 'Focus group on returnee needs'],
    ['workshop', 'Livelihoods skills workshop'],
  ],
};

export const EVENTS_PER_CENTRE = 24;

/** Community events at a centre (participant counts by sex, no personal data), flagged illustrative. */
export function generateCentreEvents(seed: number, centre: DemoCentre): Prisma.EngagementEventCreateManyInput[] {
  return Array.from({ length: EVENTS_PER_CENTRE }, (_, i) => {
    const random = randomFor(seed, 'centre-event', centre.code, i);
    const [type, title] = random.pick(CENTRE_EVENTS[centre.kind]);
    const large = type === 'town_hall' || title.startsWith('Theatre');
    return {
      id: stableUuid(seed, 'centre-event', centre.code, i),
      centreId: centre.id,
      projectId: null,
      areaPcode: centre.areaPcode,
      type,
      title,
      heldOn: randomWorkingDay(random, centre.activeFrom, centre.activeTo),
      participantsFemale: random.int(large ? 15 : 4, large ? 60 : 20),
      participantsMale: random.int(large ? 10 : 2, large ? 50 : 18),
      notes: ILLUSTRATIVE_NOTE,
      illustrative: true,
    };
  });
}
