import { createTranslator } from '@crc/i18n';
import { shares } from '@crc/metrics';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway';
import { seedFigures, type FiguresFixture } from './figures-fixtures';

interface Share {
  sector: string | null;
  sectorLabel: string;
  dacCode: number | null;
  amount: string | null;
  people: number | null;
  share: number | null;
  suppressed: boolean;
  reason: string | null;
}
interface Shares {
  measure: string;
  decimals: number;
  currency: string | null;
  transactionTypes: string[] | null;
  totalAmount: string | null;
  totalPeople: { value: number | null; suppressed: boolean } | null;
  disclosure: { perturbed: boolean; smallestPublishedValue: number | null };
  shares: Share[];
}

const SHARES = `query Shares($programmeId: ID, $measure: ShareMeasure!, $decimals: Int, $currency: Currency, $transactionTypes: [TransactionType!]) {
  sectorShares(programmeId: $programmeId, measure: $measure, decimals: $decimals, currency: $currency, transactionTypes: $transactionTypes) {
    measure decimals currency transactionTypes totalAmount totalPeople { value suppressed }
    disclosure { perturbed smallestPublishedValue }
    shares { sector sectorLabel dacCode amount people share suppressed reason }
  }
}`;

let gw: TestGateway;
let fixture: FiguresFixture;
let otherProgrammeId: string;

beforeAll(async () => {
  gw = await createTestGateway();
  fixture = await seedFigures(gw);
  const prisma = gw.db.prisma;
  const projects = await prisma.project.findMany({ where: { programmeId: fixture.programmeId } });
  const projectIn = (sector: string) => projects.find((project) => project.sector === sector)!.id;
  const donor = await prisma.organisation.findFirstOrThrow();
  const funding = (
    amount: string,
    transactionType: string,
    projectId: string | null,
    extra: Record<string, string> = {},
  ) => ({
    amount,
    transactionType,
    projectId,
    programmeId: projectId === null ? fixture.programmeId : null,
    donorOrganisationId: donor.id,
    currency: 'USD',
    transactionDate: new Date('2024-02-01'),
    ...extra,
  });
  await prisma.funding.createMany({
    data: [
      funding('1000.10', 'incoming_commitment', projectIn('education')),
      funding('2000.20', 'outgoing_commitment', projectIn('education')),
      funding('500.05', 'incoming_commitment', projectIn('employment')),
      funding('0.10', 'incoming_commitment', null), // programme level: no project, no sector
      funding('999999.99', 'disbursement', projectIn('employment')), // not a commitment
    ],
  });
  // Two people reached in health: a small count.
  const health = await prisma.project.create({
    data: {
      code: 'FIG-HEALTH',
      programmeId: fixture.programmeId,
      title: 'Health',
      type: 'community_assistance_project',
      sector: 'health',
      status: 'implementation',
    },
  });
  const people = await prisma.beneficiary.findMany({ take: 2, orderBy: { givenName: 'asc' } });
  await prisma.serviceDelivery.createMany({
    data: people.map((person) => ({
      beneficiaryId: person.id,
      centreId: fixture.centreId,
      projectId: health.id,
      serviceType: 'referral_mhpss',
      deliveredOn: new Date('2024-04-01'),
    })),
  });
  // Another programme funded in two currencies.
  const other = await prisma.programme.create({ data: { code: 'FIG-MIXED', name: 'Mixed currencies' } });
  otherProgrammeId = other.id;
  await prisma.funding.createMany({
    data: [
      { ...funding('10.00', 'incoming_commitment', null), programmeId: other.id },
      { ...funding('20.00', 'incoming_commitment', null), programmeId: other.id, currency: 'EUR' },
    ],
  });
}, 120_000);
afterAll(async () => {
  await gw.close();
});

async function sectorShares(
  variables: Record<string, unknown>,
  options: { apiKey?: string; headers?: Record<string, string> } = {},
) {
  const result = await gw.graphql<{ sectorShares: Shares | null }>(SHARES, { variables, ...options });
  expect(result.errors).toBeUndefined();
  return result.data!.sectorShares;
}

/** Shares add to exactly 100 at `decimals` places: sum them as integers of 10^-decimals percent. */
const sumInUnits = (values: readonly (number | null)[], decimals: number) =>
  values.reduce<number>((sum, value) => sum + Math.round((value ?? 0) * 10 ** decimals), 0);

describe('sectorShares', () => {
  it('FUNDING: exact decimal sums of commitments per sector, with DAC codes, shares adding to 100', async () => {
    const result = (await sectorShares({ programmeId: fixture.programmeId, measure: 'FUNDING', decimals: 2 }))!;
    expect(result.currency).toBe('USD');
    expect(result.transactionTypes).toEqual(['INCOMING_COMMITMENT', 'OUTGOING_COMMITMENT']);
    expect(result.shares.map(({ sector, dacCode, amount }) => ({ sector, dacCode, amount }))).toEqual([
      { sector: 'EDUCATION', dacCode: 11220, amount: '3000.30' },
      { sector: 'EMPLOYMENT', dacCode: 16020, amount: '500.05' },
      { sector: null, dacCode: null, amount: '0.10' },
    ]);
    expect(result.totalAmount).toBe('3500.45');
    expect(result.shares.map((share) => share.share)).toEqual(shares(['3000.30', '500.05', '0.10'], { decimals: 2 }));
    expect(
      sumInUnits(
        result.shares.map((share) => share.share),
        2,
      ),
    ).toBe(10_000);
    expect(result.shares.map((share) => share.sectorLabel)).toEqual([
      'Education',
      'Employment creation',
      'Not recorded',
    ]);
  });

  it('FUNDING: sums the transaction types asked for', async () => {
    const result = (await sectorShares({
      programmeId: fixture.programmeId,
      measure: 'FUNDING',
      transactionTypes: ['DISBURSEMENT'],
    }))!;
    expect(result.shares).toMatchObject([{ sector: 'EMPLOYMENT', amount: '999999.99', share: 100 }]);
  });

  it('FUNDING: never adds currencies; one currency when asked', async () => {
    const mixed = await gw.graphql(SHARES, { variables: { programmeId: otherProgrammeId, measure: 'FUNDING' } });
    expect(mixed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currency' });
    expect(mixed.errors?.[0]?.message).toMatch(/EUR, USD/);
    const euros = (await sectorShares({ programmeId: otherProgrammeId, measure: 'FUNDING', currency: 'EUR' }))!;
    expect(euros.shares).toMatchObject([{ sector: null, amount: '20.00', share: 100 }]);
  });

  it('BENEFICIARIES: distinct people per sector for ADMIN, shares of their sum adding to 100', async () => {
    const result = (await sectorShares(
      { programmeId: fixture.programmeId, measure: 'BENEFICIARIES', decimals: 1 },
      { apiKey: fixture.keys.ADMIN },
    ))!;
    expect(result.shares.map(({ sector, people }) => [sector, people])).toEqual([
      ['EDUCATION', fixture.people],
      ['HEALTH', 2],
      ['EMPLOYMENT', 10],
    ]);
    expect(result.totalPeople).toEqual({ value: fixture.people, suppressed: false });
    expect(result.shares.map((share) => share.share)).toEqual(shares([fixture.people, 2, 10], { decimals: 1 }));
    expect(
      sumInUnits(
        result.shares.map((share) => share.share),
        1,
      ),
    ).toBe(1000);
  });

  it('BENEFICIARIES: perturbs every sector’s people for PUBLIC (a sector of 2 is 0 or 5), shares of the published counts; labels in Arabic', async () => {
    const result = (await sectorShares(
      { programmeId: fixture.programmeId, measure: 'BENEFICIARIES' },
      { headers: { 'accept-language': 'ar' } },
    ))!;
    expect(result.disclosure).toEqual({ perturbed: true, smallestPublishedValue: gw.config.SUPPRESSION_K });
    expect(result.shares.map(({ sector }) => sector)).toEqual(['EDUCATION', 'HEALTH', 'EMPLOYMENT']);
    const [education, health, employment] = result.shares.map((share) => share.people!);
    expect(Math.abs(education! - fixture.people)).toBeLessThanOrEqual(gw.config.DISCLOSURE_MAX_NOISE);
    expect([0, 5]).toContain(health);
    expect(Math.abs(employment! - 10)).toBeLessThanOrEqual(gw.config.DISCLOSURE_MAX_NOISE);
    expect(result.shares.map((share) => share.share)).toEqual(
      shares([education!, health!, employment!], { decimals: 1 }),
    );
    expect(result.shares.every((share) => !share.suppressed && share.reason === null)).toBe(true);
    // The same people, the same value: a second ask and a PARTNER's ask agree.
    expect(
      (await sectorShares(
        { programmeId: fixture.programmeId, measure: 'BENEFICIARIES' },
        { apiKey: fixture.keys.PARTNER },
      ))!.shares,
    ).toEqual((await sectorShares({ programmeId: fixture.programmeId, measure: 'BENEFICIARIES' }))!.shares);
    expect(result.shares[0]!.sectorLabel).toBe(createTranslator('ar').vocabularyLabel('sectors', 'education'));
    expect(result.shares[0]!.sectorLabel).toMatch(/[\u0600-\u06FF]/);
  });

  it('is null for an id that names no programme, and refuses decimals out of range', async () => {
    expect(await sectorShares({ programmeId: '00000000-0000-4000-8000-000000000000', measure: 'FUNDING' })).toBeNull();
    const result = await gw.graphql(SHARES, { variables: { measure: 'FUNDING', decimals: 7 } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'decimals' });
  });
});
