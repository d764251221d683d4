import type { IatiOrganisationType } from '@crc/domain';
import type { SourceKey } from './sources';

export interface PublishedOrganisation {
  /** Stable key of the demo data (the id is derived from it). */
  readonly key: string;
  readonly name: string;
  readonly acronym: string | null;
  readonly type: IatiOrganisationType;
  readonly iatiRef: string | null;
  readonly source: SourceKey;
  /** What the document says the organisation does. */
  readonly role: string;
}

/**
 * Organisations the IOM documents name. IATI identifiers are filled only where we
 * know them (IOM's); the documents give none.
 */
export const PUBLISHED_ORGANISATIONS = [
  {
    key: 'iom',
    name: 'International Organization for Migration',
    acronym: 'IOM',
    type: 'multilateral',
    iatiRef: 'XM-DAC-47066',
    source: 'crcOpening',
    role: 'runs the CRCs and community centres; leads the Community Transition and Recovery Programme',
  },
  {
    key: 'eu',
    name: 'European Union',
    acronym: 'EU',
    type: 'multilateral',
    iatiRef: null,
    source: 'crcOpening',
    role: 'funds the Jalawla and Baiji CRCs (SAFE RETURN / AWDA AMINA) and the four community centres',
  },
  {
    key: 'jcmc',
    name: 'Joint Coordination and Monitoring Centre',
    acronym: 'JCMC',
    type: 'government',
    iatiRef: null,
    source: 'crcOpening',
    role: 'Government of Iraq partner of the CRC network',
  },
  {
    key: 'moys-iraq',
    name: 'Ministry of Youth and Sports (Iraq)',
    acronym: null,
    type: 'government',
    iatiRef: null,
    source: 'communityCentres',
    role: 'community centre activities are coordinated with it',
  },
  {
    key: 'molsa-iraq',
    name: 'Ministry of Labour and Social Affairs (Iraq)',
    acronym: 'MoLSA',
    type: 'government',
    iatiRef: null,
    source: 'communityCentres',
    role: 'community centre activities are coordinated with it',
  },
  {
    key: 'moys-kri',
    name: 'Ministry of Youth and Sports (Kurdistan Region of Iraq)',
    acronym: null,
    type: 'government',
    iatiRef: null,
    source: 'communityCentres',
    role: 'community centre activities are coordinated with it',
  },
  {
    key: 'molsa-kri',
    name: 'Ministry of Labour and Social Affairs (Kurdistan Region of Iraq)',
    acronym: null,
    type: 'government',
    iatiRef: null,
    source: 'communityCentres',
    role: 'community centre activities are coordinated with it',
  },
  // CRP VI donors ("USA Canada Germany Sweden Japan").
  {
    key: 'usa',
    name: 'United States of America',
    acronym: 'USA',
    type: 'government',
    iatiRef: null,
    source: 'crpSnapshot',
    role: 'CRP VI donor',
  },
  {
    key: 'canada',
    name: 'Canada',
    acronym: null,
    type: 'government',
    iatiRef: null,
    source: 'crpSnapshot',
    role: 'CRP VI donor',
  },
  {
    key: 'germany',
    name: 'Germany',
    acronym: null,
    type: 'government',
    iatiRef: null,
    source: 'crpSnapshot',
    role: 'CRP VI donor',
  },
  {
    key: 'sweden',
    name: 'Sweden',
    acronym: null,
    type: 'government',
    iatiRef: null,
    source: 'crpSnapshot',
    role: 'CRP VI donor',
  },
  {
    key: 'japan',
    name: 'Japan',
    acronym: null,
    type: 'government',
    iatiRef: null,
    source: 'crpSnapshot',
    role: 'CRP VI donor',
  },
  // Donors the snapshot's photo captions name for other programmes (CRP IV, RRP).
  {
    key: 'prm',
    name: 'Bureau of Population, Refugees, and Migration (U.S. Department of State)',
    acronym: 'PRM',
    type: 'government',
    iatiRef: null,
    source: 'crpSnapshot',
    role: 'donor of on-the-job training under CRP IV (photo caption, Basra)',
  },
  {
    key: 'sida',
    name: 'Swedish International Development Cooperation Agency',
    acronym: 'SIDA',
    type: 'government',
    iatiRef: null,
    source: 'crpSnapshot',
    role: 'funded the Rapid Response Programme rehabilitation of Al-Janaen School, Mosul',
  },
] as const satisfies readonly PublishedOrganisation[];

export type PublishedOrganisationKey = (typeof PUBLISHED_ORGANISATIONS)[number]['key'];
