import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordEvaluation, type RecordEvaluationInput } from '../commands/record-evaluation';
import { recordFeedback } from '../commands/record-feedback';
import { transitionFeedback } from '../commands/transition-feedback';
import type { Db } from '../create-db';
import { loadReferenceData } from '../reference/load-reference-data';
import { createTestDatabase, TEST_DATABASE_KIND, type TestDatabase } from '../testing/test-database';
import { FEEDBACK_ADMIN, PUBLIC_READER, seedFeedbackWorld, type FeedbackWorld } from './feedback-fixtures.test-data';
import { feedbackCounts, feedbackTimeliness, nearestRank } from './feedback-figures';

let testDb: TestDatabase;
let db: Db;
let world: FeedbackWorld;

/** [category, received, closed or null]: 4 standard entries at Jalawla, 1 PSEA, 1 at Baiji. */
const ENTRIES = [
  ['service_quality_complaint', '2018-01-10', '2018-01-15'],
  ['service_quality_complaint', '2018-01-20', '2018-02-20'],
  ['information_request', '2018-02-03', '2018-02-04'],
  ['suggestion', '2018-02-10', null],
  ['psea', '2018-02-11', '2018-02-12'],
] as const;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = await testDb.open();
  await loadReferenceData(db.prisma);
  world = await seedFeedbackWorld(db.prisma);
  for (const [category, receivedOn, closedOn] of ENTRIES) {
    const recorded = await recordFeedback(db.prisma, FEEDBACK_ADMIN, {
      channel: 'in_person',
      category,
      language: 'ar',
      receivedOn,
      summary: 'x',
      centreId: world.jalawla,
    });
    if (!recorded.ok) throw new Error(JSON.stringify(recorded));
    if (closedOn === null) continue;
    const actor = category === 'psea' ? world.jalawlaFocalPoint : FEEDBACK_ADMIN;
    for (const step of [{ action: 'acknowledge' }, { action: 'close', satisfaction: 'satisfied' }] as const) {
      const moved = await transitionFeedback(db.prisma, actor, {
        feedbackEntryId: recorded.value.id,
        changedOn: closedOn,
        ...step,
      });
      if (!moved.ok) throw new Error(JSON.stringify(moved));
    }
  }
  await recordFeedback(db.prisma, FEEDBACK_ADMIN, {
    channel: 'hotline',
    category: 'assistance_request',
    language: 'ar',
    receivedOn: '2018-03-01',
    summary: 'x',
    centreId: world.baiji,
  });
}, 120_000);
afterAll(async () => {
  await db?.close();
  await testDb?.drop();
});

describe(`feedback figures (${TEST_DATABASE_KIND})`, () => {
  it('counts by category what the reader may see; without the capability the PSEA entry and its row do not exist', async () => {
    const publicCounts = await feedbackCounts(db.prisma, PUBLIC_READER, 'category');
    expect(publicCounts.total.count).toBe(5);
    expect(publicCounts.rows.map((row) => row.key)).not.toContain('psea');
    expect(publicCounts.rows.find((row) => row.key === 'service_quality_complaint')?.count).toBe(2);
    const focal = await feedbackCounts(db.prisma, world.jalawlaFocalPoint, 'category');
    expect(focal.total.count).toBe(5);
    expect(focal.rows.find((row) => row.key === 'psea')?.count).toBe(1);
    expect((await feedbackCounts(db.prisma, world.jalawlaStaff, 'category')).total.count).toBe(4);
  });

  it('gives the same cell key to the same entries whichever breakdown counts them', async () => {
    const byMonth = await feedbackCounts(db.prisma, PUBLIC_READER, 'month');
    const byChannel = await feedbackCounts(db.prisma, PUBLIC_READER, 'channel');
    expect(byMonth.rows.map((row) => [row.key, row.count])).toEqual([
      ['2018-01', 2],
      ['2018-02', 2],
      ['2018-03', 1],
    ]);
    expect(byMonth.total).toEqual(byChannel.total);
    const byArea = await feedbackCounts(db.prisma, PUBLIC_READER, 'area');
    expect(byArea.rows.map((row) => [row.key, row.count])).toEqual([
      ['IQG10', 4],
      ['IQG16', 1],
    ]);
  });

  it('measures the share closed within the deadline and the days to close', async () => {
    const timeliness = await feedbackTimeliness(db.prisma, FEEDBACK_ADMIN);
    // Closed: 5 days (due in 14), 31 days (late), 1 day (due in 7); the PSEA entry is not ADMIN's to count.
    expect(timeliness).toMatchObject({
      closed: { count: 3 },
      closedWithinDeadline: { count: 2 },
      medianDaysToClose: 5,
      p90DaysToClose: 31,
    });
    expect(nearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
  });
});

describe(`recordEvaluation (${TEST_DATABASE_KIND})`, () => {
  const input = (): RecordEvaluationInput => ({
    code: 'CRP-VI-ME-2018-Q1',
    title: 'Evaluation of 50 CAPs',
    programmeId: world.programme,
    projectsEvaluated: 50,
    methods: ['focus_group_discussion', 'key_informant_interview'],
    startedOn: '2018-01-01',
    endedOn: '2018-03-31',
    respondents: { female: null, male: null },
    targetedIndividuals: 184_492,
    beneficiarySharePercent: { female: 54, male: 46 },
    findings: [
      {
        aspect: 'service_quality',
        statement: 'improved by more than 78% on average',
        comparator: 'more_than',
        change: 78,
        unit: 'percent',
        source: 'CRP VI snapshot',
      },
      {
        aspect: 'access_to_facilities',
        statement: 'access increased by 76%',
        comparator: 'exactly',
        change: 76,
        unit: 'percent',
        source: 'CRP VI snapshot',
      },
    ],
    source: 'CRP VI snapshot',
  });

  it('stores the evaluation with its findings in order, once; ADMIN only', async () => {
    const result = await recordEvaluation(db.prisma, FEEDBACK_ADMIN, input());
    expect(result).toMatchObject({
      ok: true,
      value: {
        targetedIndividuals: 184_492,
        respondentsFemale: null,
        findings: [{ aspect: 'service_quality' }, { aspect: 'access_to_facilities' }],
      },
    });
    expect(await recordEvaluation(db.prisma, FEEDBACK_ADMIN, input())).toMatchObject({
      ok: false,
      kind: 'invalid',
      errors: [{ field: 'code', reason: 'code_in_use' }],
    });
    expect(await recordEvaluation(db.prisma, world.jalawlaStaff, input())).toMatchObject({
      ok: false,
      kind: 'forbidden',
    });
  });
});
