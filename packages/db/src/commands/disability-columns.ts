import type { WashingtonGroupDomain } from '@crc/domain';

/** The Beneficiary column holding the answer of one Washington Group domain. */
const COLUMN_BY_DOMAIN = {
  seeing: 'disabilitySeeing',
  hearing: 'disabilityHearing',
  walking: 'disabilityWalking',
  cognition: 'disabilityCognition',
  self_care: 'disabilitySelfCare',
  communication: 'disabilityCommunication',
} as const satisfies Record<WashingtonGroupDomain, string>;

export type DisabilityColumn = (typeof COLUMN_BY_DOMAIN)[WashingtonGroupDomain];

export function disabilityColumnOf(domain: WashingtonGroupDomain): DisabilityColumn {
  return COLUMN_BY_DOMAIN[domain];
}
