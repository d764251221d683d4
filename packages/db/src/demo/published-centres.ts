import {
  DEFAULT_OPENING_DAYS,
  resolveArea,
  type AdminLevel,
  type CentreKind,
  type IatiOrganisationRole,
  type ServiceType,
} from '@crc/domain';
import type { PublishedOrganisationKey } from './published-organisations';
import type { SourceKey } from './sources';

export interface PublishedCentre {
  readonly code: string;
  readonly name: string;
  readonly nameAr: string;
  readonly kind: CentreKind;
  /** How the document names the place, resolved with @crc/domain's resolveArea. */
  readonly place: { readonly name: string; readonly level: AdminLevel; readonly within?: string };
  readonly services: readonly ServiceType[];
  readonly partners: readonly {
    readonly organisation: PublishedOrganisationKey;
    readonly role: IatiOrganisationRole;
  }[];
  /** Only where the document gives the exact day. */
  readonly openedOn: string | null;
  /** What the document says about the opening when it gives no exact day. */
  readonly openingNote: string | null;
  readonly source: SourceKey;
}

/** "Core CRC activities include awareness raising ..., legal counselling and representation, informal education, HLP counselling, livelihood ... opportunities, as well as making referrals to protection, MHPSS and other services". */
const CRC_SERVICES = [
  'awareness_raising',
  'legal_counselling',
  'legal_representation',
  'informal_education',
  'housing_land_property_counselling',
  'vocational_training',
  'referral_protection',
  'referral_mhpss',
  'referral_other',
] as const satisfies readonly ServiceType[];

/**
 * "peacebuilding activities, vocational and leadership training, mediation sessions and
 * self-help groups", childcare, "advocacy initiatives, film and book discussion groups,
 * and theatre performances", small grants to volunteer networks, English and literacy
 * courses; run by IOM's Psychosocial Support and Social Cohesion team.
 */
const COMMUNITY_CENTRE_SERVICES = [
  'peacebuilding',
  'vocational_training',
  'informal_education',
  'leadership_training',
  'mediation',
  'self_help_group',
  'psychosocial_support',
  'childcare',
  'advocacy_initiative',
  'recreational_activity',
  'small_grant',
] as const satisfies readonly ServiceType[];

// JCMC and the ministries are the government counterparts the documents name; IATI's
// "accountable" role is the one for the partner-government body overseeing an activity.
const CRC_PARTNERS = [
  { organisation: 'iom', role: 'implementing' },
  { organisation: 'eu', role: 'funding' },
  { organisation: 'jcmc', role: 'accountable' },
] as const;

const COMMUNITY_CENTRE_PARTNERS = [
  { organisation: 'iom', role: 'implementing' },
  { organisation: 'eu', role: 'funding' },
  { organisation: 'moys-iraq', role: 'accountable' },
  { organisation: 'molsa-iraq', role: 'accountable' },
] as const;

/** The six centres the documents name. */
export const PUBLISHED_CENTRES = [
  {
    code: 'CRC-BAIJI',
    name: 'Baiji Community Resource Centre',
    nameAr: 'مركز الموارد المجتمعية في بيجي',
    kind: 'community_resource_centre',
    place: { name: 'Baiji', level: 'district', within: 'IQG16' },
    services: CRC_SERVICES,
    partners: CRC_PARTNERS,
    openedOn: null,
    openingNote: 'opened in early September 2019',
    source: 'crcOpening',
  },
  {
    code: 'CRC-JALAWLA',
    name: 'Jalawla Community Resource Centre',
    nameAr: 'مركز الموارد المجتمعية في جلولاء',
    kind: 'community_resource_centre',
    place: { name: 'Jalawla', level: 'subdistrict', within: 'IQG10Q05' },
    services: CRC_SERVICES,
    partners: CRC_PARTNERS,
    openedOn: '2019-09-19',
    openingNote: "inaugurated on Thursday 19 September 2019, IOM's sixth CRC",
    source: 'crcOpening',
  },
  {
    code: 'CC-BAGHDAD',
    name: 'Baghdad Community Centre',
    nameAr: 'المركز المجتمعي في بغداد',
    kind: 'community_centre',
    place: { name: 'Baghdad', level: 'governorate' },
    services: COMMUNITY_CENTRE_SERVICES,
    partners: COMMUNITY_CENTRE_PARTNERS,
    openedOn: null,
    openingNote: null,
    source: 'communityCentres',
  },
  {
    code: 'CC-DIYALA',
    name: 'Diyala Community Centre',
    nameAr: 'المركز المجتمعي في ديالى',
    kind: 'community_centre',
    place: { name: 'Diyala', level: 'governorate' },
    services: COMMUNITY_CENTRE_SERVICES,
    partners: COMMUNITY_CENTRE_PARTNERS,
    openedOn: null,
    openingNote: null,
    source: 'communityCentres',
  },
  {
    code: 'CC-KIRKUK',
    name: 'Kirkuk Community Centre',
    nameAr: 'المركز المجتمعي في كركوك',
    kind: 'community_centre',
    place: { name: 'Kirkuk', level: 'governorate' },
    services: COMMUNITY_CENTRE_SERVICES,
    partners: COMMUNITY_CENTRE_PARTNERS,
    openedOn: null,
    openingNote: 'established in December 2016',
    source: 'communityCentres',
  },
  {
    code: 'CC-NINEWA',
    name: 'Ninewa Community Centre',
    nameAr: 'المركز المجتمعي في نينوى',
    kind: 'community_centre',
    place: { name: 'Ninewa', level: 'governorate' },
    services: COMMUNITY_CENTRE_SERVICES,
    partners: COMMUNITY_CENTRE_PARTNERS,
    openedOn: null,
    openingNote: null,
    source: 'communityCentres',
  },
] as const satisfies readonly PublishedCentre[];

/** "The centres will be open from Sunday to Thursday" (the CRC press release; applied to every centre). */
export const CENTRE_OPENING_DAYS: readonly string[] = DEFAULT_OPENING_DAYS;

/**
 * The p-code of a place as a document spells it (resolveArea of @crc/domain). Throws
 * unless one area is the best match: a published fact is never pinned on a guess.
 */
export function pcodeOfPlace(place: PublishedCentre['place']): string {
  const matches = resolveArea(place.name, { level: place.level, ...(place.within ? { within: place.within } : {}) });
  const [best, runnerUp] = matches;
  if (!best || (runnerUp && runnerUp.score >= best.score)) {
    throw new Error(
      `demo data: "${place.name}" (${place.level}) does not resolve to one area (${matches.length} candidates)`,
    );
  }
  return best.pcode;
}
