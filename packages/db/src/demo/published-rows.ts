import { Prisma } from '../generated/prisma/client';
import {
  AWDA_AMINA_PROGRAMME,
  COMMUNITY_CENTRE_PARTICIPANTS,
  CRP_VI_CONTRIBUTIONS,
  CRP_VI_INDICATORS,
  CRP_VI_NAMED_EVENTS,
  CRP_VI_PERIOD,
  CRP_VI_PROGRAMME,
} from './crp-vi-snapshot';
import { dateOf } from './demo-calendar';
import { CENTRE_OPENING_DAYS, PUBLISHED_CENTRES, pcodeOfPlace } from './published-centres';
import { PUBLISHED_ORGANISATIONS, type PublishedOrganisationKey } from './published-organisations';
import { stableUuid } from './random';
import { SOURCES, sourceNote } from './sources';

/** Ids of published records derive from their stable keys, never from the seed. */
export const publishedId = (kind: string, key: string): string => stableUuid('published', kind, key);
export const organisationId = (key: PublishedOrganisationKey): string => publishedId('organisation', key);
export const programmeId = (code: string): string => publishedId('programme', code);
export const centreId = (code: string): string => publishedId('centre', code);

/** The published facts as database rows (no database access: easy to inspect and test). */
export interface PublishedRows {
  readonly organisations: Prisma.OrganisationCreateManyInput[];
  readonly programmes: Prisma.ProgrammeCreateManyInput[];
  readonly centres: (Prisma.CentreCreateManyInput & { id: string })[];
  readonly centreServices: Prisma.CentreServiceCreateManyInput[];
  readonly centrePartners: Prisma.CentrePartnerCreateManyInput[];
  readonly funding: Prisma.FundingCreateManyInput[];
  readonly indicators: Prisma.IndicatorCreateManyInput[];
  readonly indicatorValues: Prisma.IndicatorValueCreateManyInput[];
  readonly events: Prisma.EngagementEventCreateManyInput[];
}

export function publishedRows(): PublishedRows {
  const crpVi = programmeId(CRP_VI_PROGRAMME.code);
  const periodStart = dateOf(CRP_VI_PERIOD.start);
  const periodEnd = dateOf(CRP_VI_PERIOD.end);

  const organisations = PUBLISHED_ORGANISATIONS.map((organisation) => ({
    id: organisationId(organisation.key),
    name: organisation.name,
    acronym: organisation.acronym,
    type: organisation.type,
    iatiRef: organisation.iatiRef,
    illustrative: false,
  }));

  const programmes = [
    { programme: CRP_VI_PROGRAMME, source: 'crpSnapshot' as const },
    { programme: AWDA_AMINA_PROGRAMME, source: 'crcOpening' as const },
  ].map(({ programme, source }) => ({
    id: programmeId(programme.code),
    code: programme.code,
    name: programme.name,
    description: `${programme.description} Source: ${sourceNote(source)}.`,
    leadOrganisationId: organisationId(programme.lead),
    startDate: null,
    endDate: null,
  }));

  const centres = PUBLISHED_CENTRES.map((centre) => ({
    id: centreId(centre.code),
    code: centre.code,
    name: centre.name,
    nameAr: centre.nameAr,
    nameCkb: null,
    kind: centre.kind,
    areaPcode: pcodeOfPlace(centre.place),
    address: null,
    openingDays: [...CENTRE_OPENING_DAYS],
    openedOn: centre.openedOn ? dateOf(centre.openedOn) : null,
    illustrative: false,
  }));

  const centreServices = PUBLISHED_CENTRES.flatMap((centre) =>
    centre.services.map((serviceType) => ({
      centreId: centreId(centre.code),
      serviceType,
      notes: `Source: ${SOURCES[centre.source].title}`,
    })),
  );

  const centrePartners = PUBLISHED_CENTRES.flatMap((centre) =>
    centre.partners.map((partner) => ({
      centreId: centreId(centre.code),
      organisationId: organisationId(partner.organisation),
      role: partner.role,
      since: centre.openedOn ? dateOf(centre.openedOn) : null,
    })),
  );

  const funding = CRP_VI_CONTRIBUTIONS.map((contribution) => ({
    id: publishedId('funding', `crp-vi-${contribution.donor}`),
    programmeId: crpVi,
    projectId: null,
    donorOrganisationId: organisationId(contribution.donor),
    recipientOrganisationId: organisationId('iom'),
    amount: new Prisma.Decimal(contribution.amount),
    currency: 'USD',
    transactionType: 'incoming_commitment',
    transactionDate: periodEnd,
    description: sourceNote(
      'crpSnapshot',
      `donor contribution, ${contribution.printedShare} of USD 23.75 million${contribution.donor === 'usa' ? '' : ' (donor paired with the amount in the order the snapshot lists both)'}`,
    ),
  }));

  const indicatorRows = [
    ...CRP_VI_INDICATORS.map((indicator) => ({
      indicator,
      programme: crpVi,
      source: 'crpSnapshot' as const,
      start: periodStart,
      end: periodEnd,
    })),
    {
      indicator: { ...COMMUNITY_CENTRE_PARTICIPANTS, sector: null },
      programme: null,
      source: 'communityCentres' as const,
      start: dateOf('2016-12-01'),
      end: dateOf(SOURCES.communityCentres.date),
    },
  ];
  const indicators = indicatorRows.map(({ indicator, programme }) => ({
    id: publishedId('indicator', indicator.code),
    code: indicator.code,
    name: indicator.name,
    description: indicator.detail,
    unit: indicator.unit,
    sector: indicator.sector,
    programmeId: programme,
    projectId: null,
  }));
  const indicatorValues = indicatorRows.map(({ indicator, source, start, end }) => ({
    id: publishedId('indicator-value', indicator.code),
    indicatorId: publishedId('indicator', indicator.code),
    areaPcode: null,
    periodStart: start,
    periodEnd: end,
    value: new Prisma.Decimal(indicator.value),
    source: sourceNote(source, indicator.detail),
    // The publication date, so the row is the same on every load.
    recordedAt: dateOf(SOURCES[source].date),
  }));

  // The snapshot does not give their day: dated at the end of the quarter it reports on.
  const events = CRP_VI_NAMED_EVENTS.map((event) => ({
    id: publishedId('event', event.key),
    centreId: null,
    projectId: null,
    areaPcode: pcodeOfPlace(event.place),
    type: event.type,
    title: event.title,
    heldOn: periodEnd,
    participantsFemale: event.participantsFemale,
    participantsMale: event.participantsMale,
    notes: `${event.notes} Held in the first quarter of 2018 (day not published). Source: ${sourceNote('crpSnapshot')}.`,
    illustrative: false,
  }));

  return {
    organisations,
    programmes,
    centres,
    centreServices,
    centrePartners,
    funding,
    indicators,
    indicatorValues,
    events,
  };
}
