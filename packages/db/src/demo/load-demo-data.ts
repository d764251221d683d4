import { type CentreKind, type ServiceType } from '@crc/domain';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import type { LoadCounts } from '../reference/load-counts';
import { loadReferenceData } from '../reference/load-reference-data';
import { CRP_VI_CONTRIBUTIONS, CRP_VI_GOVERNORATES, CRP_VI_PROGRAMME } from './crp-vi-snapshot';
import type { DemoCentre } from './demo-centre';
import { CENTRE_OPENING_DAYS, PUBLISHED_CENTRES, pcodeOfPlace } from './published-centres';
import { organisationId, programmeId, publishedRows } from './published-rows';
import { generateCrpViFill } from './synthetic-crp-vi';
import { demoCentreOf, generateCentreEvents, generateExtraCentres, referralPartnerRows } from './synthetic-centres';
import { generatePeople, type PeopleParameters } from './synthetic-people';
import { addCounts, insertMissing, syncRows } from './sync-rows';
import { insertUnnest } from './bulk-insert';
import { demoDisplacementRows, upsertDemoDisplacementFigures, upsertPublishedScopeFigures } from './demo-displacement';
import { loadFeedbackDemo } from './load-feedback-demo';
import {
  BENEFICIARY_COLUMNS,
  REFERRAL_COLUMNS,
  REFERRAL_STATUS_CHANGE_COLUMNS,
  SERVICE_DELIVERY_COLUMNS,
} from './people-columns';

export interface DemoDataOptions {
  /** Centres people are registered at: the six published ones first, then generated ones. Default 6. */
  readonly centres?: number;
  /** Generated beneficiaries. Default 1,500. */
  readonly beneficiaries?: number;
  /** Mean service deliveries per beneficiary (each person is served several times). Default 4. */
  readonly deliveriesPerBeneficiary?: number;
  /** Seed of the generated people, centres and centre events. Default 2018. */
  readonly seed?: number;
  /** Beneficiaries generated and written per transaction. Default 2,000. */
  readonly chunkSize?: number;
}

export const DEFAULT_DEMO_OPTIONS = {
  centres: 6,
  beneficiaries: 1500,
  deliveriesPerBeneficiary: 4,
  seed: 2018,
  chunkSize: 2000,
} as const;

/** What a load did, per table (inserted / updated / unchanged rows). */
export type DemoDataCounts = Record<
  | 'organisations'
  | 'programmes'
  | 'centres'
  | 'centreServices'
  | 'centrePartners'
  | 'funding'
  | 'indicators'
  | 'indicatorValues'
  | 'projects'
  | 'projectDonors'
  | 'engagementEvents'
  | 'beneficiaries'
  | 'serviceDeliveries'
  | 'referrals'
  | 'referralStatusChanges'
  | 'displacementFigures'
  | 'publishedDisplacementFigures'
  | 'evaluations'
  | 'feedbackEntries'
  | 'feedbackStatusChanges',
  LoadCounts
>;

const TX_OPTIONS = { timeout: 300_000, maxWait: 60_000 } as const;

function servicesByKind(): Record<CentreKind, readonly ServiceType[]> {
  const of = (kind: CentreKind) => PUBLISHED_CENTRES.find((centre) => centre.kind === kind)?.services ?? [];
  return { community_resource_centre: of('community_resource_centre'), community_centre: of('community_centre') };
}

/**
 * Loads the demo dataset: the facts the IOM documents publish (organisations, the six
 * centres, the CRP VI Q1 2018 snapshot with its donors, contributions and figures),
 * and generated people, deliveries, referrals, events and projects that fill the gaps,
 * every one flagged `illustrative`; displacement figures the documents quote and a
 * small illustrative slice of the synthetic DTM master list (see demo-displacement.ts). Loads the reference data first.
 *
 * Idempotent: every row has a stable id (from its code, or from the seed and its
 * index), published rows are updated only when they differ and generated rows are
 * inserted only when missing, so a second run with the same options writes nothing.
 * The same seed gives the same data on every machine.
 */
export async function loadDemoData(prisma: PrismaClient, options: DemoDataOptions = {}): Promise<DemoDataCounts> {
  const settings = { ...DEFAULT_DEMO_OPTIONS, ...options };
  for (const name of ['centres', 'beneficiaries', 'deliveriesPerBeneficiary', 'chunkSize'] as const) {
    if (!Number.isFinite(settings[name]) || settings[name] < 0)
      throw new RangeError(`demo data: ${name} must be a number >= 0`);
  }
  if (settings.chunkSize < 1) throw new RangeError('demo data: chunkSize must be at least 1');
  await loadReferenceData(prisma);

  const published = publishedRows();
  const kinds = servicesByKind();
  const extraCentres = generateExtraCentres(
    settings.seed,
    settings.centres - PUBLISHED_CENTRES.length,
    kinds,
    CENTRE_OPENING_DAYS,
  );
  const partners = referralPartnerRows();
  const crpVi = generateCrpViFill({
    programmeId: programmeId(CRP_VI_PROGRAMME.code),
    implementerId: organisationId('iom'),
    donorIds: Object.fromEntries(CRP_VI_CONTRIBUTIONS.map((row) => [row.donor, organisationId(row.donor)])) as Record<
      (typeof CRP_VI_CONTRIBUTIONS)[number]['donor'],
      string
    >,
    governorates: CRP_VI_GOVERNORATES.map((name) => pcodeOfPlace({ name, level: 'governorate' })),
  });

  const allCentres: DemoCentre[] = [
    ...published.centres.map((row) =>
      demoCentreOf(row, PUBLISHED_CENTRES.find((centre) => centre.code === row.code)?.services ?? []),
    ),
    ...extraCentres.map((centre) => demoCentreOf(centre.row, centre.services)),
  ];
  const peopleCentres = allCentres.slice(0, Math.max(1, settings.centres));

  const counts = await prisma.$transaction(async (tx) => {
    const organisations = await syncRows([...published.organisations, ...partners], {
      findByIds: (ids) => tx.organisation.findMany({ where: { id: { in: ids } } }),
      createMany: (rows) => tx.organisation.createMany({ data: rows }),
      update: ({ id, ...data }) => tx.organisation.update({ where: { id: String(id) }, data }),
    });
    const programmes = await syncRows(published.programmes, {
      findByIds: (ids) => tx.programme.findMany({ where: { id: { in: ids } } }),
      createMany: (rows) => tx.programme.createMany({ data: rows }),
      update: ({ id, ...data }) => tx.programme.update({ where: { id: String(id) }, data }),
    });
    const centres = await syncRows([...published.centres, ...extraCentres.map((centre) => centre.row)], {
      findByIds: (ids) => tx.centre.findMany({ where: { id: { in: ids } } }),
      createMany: (rows) => tx.centre.createMany({ data: rows }),
      update: ({ id, ...data }) => tx.centre.update({ where: { id: String(id) }, data }),
    });
    const extraServices = extraCentres.flatMap((centre) =>
      centre.services.map((serviceType) => ({ centreId: String(centre.row.id), serviceType, notes: null })),
    );
    const extraPartners = extraCentres.map((centre) => ({
      centreId: String(centre.row.id),
      organisationId: organisationId('iom'),
      role: 'implementing',
    }));
    const centreServices = await insertMissing([...published.centreServices, ...extraServices], (data) =>
      tx.centreService.createMany({ data, skipDuplicates: true }),
    );
    const centrePartners = await insertMissing([...published.centrePartners, ...extraPartners], (data) =>
      tx.centrePartner.createMany({ data, skipDuplicates: true }),
    );
    const funding = await syncRows(published.funding, {
      findByIds: (ids) => tx.funding.findMany({ where: { id: { in: ids } } }),
      createMany: (rows) => tx.funding.createMany({ data: rows }),
      update: ({ id, ...data }) => tx.funding.update({ where: { id: String(id) }, data }),
    });
    const indicators = await syncRows(published.indicators, {
      findByIds: (ids) => tx.indicator.findMany({ where: { id: { in: ids } } }),
      createMany: (rows) => tx.indicator.createMany({ data: rows }),
      update: ({ id, ...data }) => tx.indicator.update({ where: { id: String(id) }, data }),
    });
    const indicatorValues = await syncRows(published.indicatorValues, {
      findByIds: (ids) => tx.indicatorValue.findMany({ where: { id: { in: ids } } }),
      createMany: (rows) => tx.indicatorValue.createMany({ data: rows }),
      update: ({ id, ...data }) => tx.indicatorValue.update({ where: { id: String(id) }, data }),
    });
    const projects = await insertMissing(crpVi.projects, (data) =>
      tx.project.createMany({ data, skipDuplicates: true }),
    );
    const projectDonors = await insertMissing(crpVi.projectDonors, (data) =>
      tx.projectDonor.createMany({ data, skipDuplicates: true }),
    );
    const namedEvents = await syncRows(published.events, {
      findByIds: (ids) => tx.engagementEvent.findMany({ where: { id: { in: ids } } }),
      createMany: (rows) => tx.engagementEvent.createMany({ data: rows }),
      update: ({ id, ...data }) => tx.engagementEvent.update({ where: { id: String(id) }, data }),
    });
    const generatedEvents = await insertMissing(
      [
        ...crpVi.events,
        ...allCentres
          .slice(0, Math.max(settings.centres, PUBLISHED_CENTRES.length))
          .flatMap((centre) => generateCentreEvents(settings.seed, centre)),
      ],
      (data) => tx.engagementEvent.createMany({ data, skipDuplicates: true }),
    );
    return {
      organisations,
      programmes,
      centres,
      centreServices,
      centrePartners,
      funding,
      indicators,
      indicatorValues,
      projects,
      projectDonors,
      engagementEvents: addCounts(namedEvents, generatedEvents),
      displacementFigures: await upsertDemoDisplacementFigures(tx, demoDisplacementRows(settings.seed)),
      publishedDisplacementFigures: await upsertPublishedScopeFigures(tx),
    };
  }, TX_OPTIONS);

  const people = await loadPeople(
    prisma,
    {
      seed: settings.seed,
      centres: peopleCentres,
      deliveriesPerBeneficiary: settings.deliveriesPerBeneficiary,
      referralPartnerIds: partners.map((partner) => String(partner.id)),
    },
    settings.beneficiaries,
    settings.chunkSize,
  );

  const feedback = await loadFeedbackDemo(prisma, {
    seed: settings.seed,
    programmeId: programmeId(CRP_VI_PROGRAMME.code),
    centres: allCentres.slice(0, PUBLISHED_CENTRES.length),
    partnerIds: partners.map((partner) => String(partner.id)),
  });

  return { ...counts, ...people, ...feedback };
}

/**
 * Generated people in chunks, each chunk in one transaction. A person is written with
 * their deliveries and referrals in the same transaction, so a person already present
 * means all of their rows are: those are skipped without writing (a second run only
 * reads ids), and an interrupted load resumes where it stopped.
 */
async function loadPeople(
  prisma: PrismaClient,
  parameters: PeopleParameters,
  total: number,
  chunkSize: number,
): Promise<Pick<DemoDataCounts, 'beneficiaries' | 'serviceDeliveries' | 'referrals' | 'referralStatusChanges'>> {
  const counts = {
    beneficiaries: { inserted: 0, updated: 0, unchanged: 0 },
    serviceDeliveries: { inserted: 0, updated: 0, unchanged: 0 },
    referrals: { inserted: 0, updated: 0, unchanged: 0 },
    referralStatusChanges: { inserted: 0, updated: 0, unchanged: 0 },
  };
  const tally = (table: keyof typeof counts, generated: number, inserted: number) => {
    counts[table].inserted += inserted;
    counts[table].unchanged += generated - inserted;
  };
  for (let from = 0; from < total; from += chunkSize) {
    const batch = generatePeople(parameters, from, Math.min(total, from + chunkSize));
    const present = new Set(
      (
        await prisma.beneficiary.findMany({
          where: { id: { in: batch.beneficiaries.map((b) => String(b.id)) } },
          select: { id: true },
        })
      ).map((b) => b.id),
    );
    const isNew = (beneficiaryId: string) => !present.has(beneficiaryId);
    const newReferrals = batch.referrals.filter((r) => isNew(r.beneficiaryId));
    const newReferralIds = new Set(newReferrals.map((r) => String(r.id)));
    const inserted =
      present.size === batch.beneficiaries.length
        ? { beneficiaries: 0, deliveries: 0, referrals: 0, statusChanges: 0 }
        : await prisma.$transaction(
            async (tx: Prisma.TransactionClient) => ({
              beneficiaries: await insertUnnest(
                tx,
                'beneficiary',
                BENEFICIARY_COLUMNS,
                batch.beneficiaries.filter((b) => isNew(String(b.id))),
              ),
              deliveries: await insertUnnest(
                tx,
                'service_delivery',
                SERVICE_DELIVERY_COLUMNS,
                batch.deliveries.filter((d) => isNew(d.beneficiaryId)),
              ),
              referrals: await insertUnnest(tx, 'referral', REFERRAL_COLUMNS, newReferrals),
              statusChanges: await insertUnnest(
                tx,
                'referral_status_change',
                REFERRAL_STATUS_CHANGE_COLUMNS,
                batch.statusChanges.filter((c) => newReferralIds.has(c.referralId)),
              ),
            }),
            TX_OPTIONS,
          );
    tally('beneficiaries', batch.beneficiaries.length, inserted.beneficiaries);
    tally('serviceDeliveries', batch.deliveries.length, inserted.deliveries);
    tally('referrals', batch.referrals.length, inserted.referrals);
    tally('referralStatusChanges', batch.statusChanges.length, inserted.statusChanges);
  }
  return counts;
}
