import { loadDemoData } from '@crc/db';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../auth/api-keys';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway';

/*
 * Issue 15's "done when", tried through the gateway on a real database: the demo data
 * (published centres, the CRP VI evaluation, illustrative feedback), keys as a new user
 * would create them, every step a GraphQL request.
 */

const RECORD = `mutation Record($input: RecordFeedbackInput!) {
  recordFeedback(input: $input) {
    __typename
    ... on Error { message }
    ... on RecordFeedbackSuccess { feedbackEntry { id status sensitivity categoryLabel responseDueOn } }
  }
}`;

const TRANSITION = `mutation Move($id: ID!, $action: FeedbackAction!, $changedOn: Date, $toOrganisationId: ID, $response: String, $satisfaction: FeedbackSatisfaction, $reason: String) {
  transitionFeedback(id: $id, action: $action, changedOn: $changedOn, toOrganisationId: $toOrganisationId, response: $response, satisfaction: $satisfaction, reason: $reason) {
    __typename
    ... on Error { message }
    ... on IllegalFeedbackTransitionError { from action allowed }
    ... on TransitionFeedbackSuccess { feedbackEntry { status allowedActions } }
  }
}`;

const NODE = `query Node($id: ID!) { node(id: $id) { __typename ... on FeedbackEntry { status category summary } } }`;
const LIST = `query List($centreId: ID) { feedbackEntries(first: 100, filter: { centreId: $centreId }) { totalCount edges { node { id category } } } }`;
const FIGURES = `query Figures($by: FeedbackFigureDimension!) { feedbackFigures(by: $by) { perturbed smallestPublishedValue total { value hidden } rows { key label count { value hidden } } } }`;

interface Figures {
  feedbackFigures: {
    perturbed: boolean;
    smallestPublishedValue: number | null;
    total: { value: number | null; hidden: boolean };
    rows: { key: string; label: string; count: { value: number | null; hidden: boolean } }[];
  };
}

let gw: TestGateway;
let jalawla: string;
let partnerOrganisation: string;
let keys: { staff: string; focal: string; admin: string; partner: string };

beforeAll(async () => {
  gw = await createTestGateway();
  await loadDemoData(gw.db.prisma, { centres: 6, beneficiaries: 20, deliveriesPerBeneficiary: 1, seed: 2018 });
  const prisma = gw.db.prisma;
  jalawla = (await prisma.centre.findUniqueOrThrow({ where: { code: 'CRC-JALAWLA' } })).id;
  partnerOrganisation = (
    await prisma.organisation.findFirstOrThrow({ where: { illustrative: true }, orderBy: { name: 'asc' } })
  ).id;
  const iom = (await prisma.organisation.findFirstOrThrow({ where: { acronym: 'IOM' } })).id;
  const [staff, focal, admin, partner] = await Promise.all([
    createApiKey(prisma, { name: 'Jalawla front desk', role: 'CENTRE_STAFF', centreIds: [jalawla] }),
    createApiKey(prisma, {
      name: 'Jalawla PSEA focal point',
      role: 'CENTRE_STAFF',
      centreIds: [jalawla],
      capabilities: ['feedback_focal_point'],
    }),
    createApiKey(prisma, { name: 'admin', role: 'ADMIN' }),
    createApiKey(prisma, { name: 'IOM reporting', role: 'PARTNER', organisationId: iom }),
  ]);
  keys = { staff: staff.secret, focal: focal.secret, admin: admin.secret, partner: partner.secret };
}, 300_000);
afterAll(async () => {
  await gw?.close();
});

async function record(apiKey: string, category: string, summary: string) {
  const response = await gw.graphql<{
    recordFeedback: {
      __typename: string;
      message?: string;
      feedbackEntry?: { id: string; status: string; sensitivity: string; categoryLabel: string; responseDueOn: string };
    };
  }>(RECORD, {
    apiKey,
    headers: { 'accept-language': 'ar' },
    variables: {
      input: {
        channel: 'IN_PERSON',
        category,
        language: 'AR',
        receivedOn: '2024-03-10',
        summary,
        centreId: jalawla,
        consentToReply: true,
        contact: { phone: '0770 123 4567' },
      },
    },
  });
  expect(response.errors).toBeUndefined();
  const entry = response.data?.recordFeedback.feedbackEntry;
  if (!entry) throw new Error(JSON.stringify(response.data));
  return entry;
}

async function move(apiKey: string, id: string, variables: Record<string, unknown>) {
  const response = await gw.graphql<{
    transitionFeedback: { __typename: string; message?: string; feedbackEntry?: { status: string } };
  }>(TRANSITION, { apiKey, variables: { id, changedOn: '2024-03-11', ...variables } });
  expect(response.errors).toBeUndefined();
  return response.data!.transitionFeedback;
}

async function visibleIds(apiKey: string): Promise<{ ids: string[]; total: number }> {
  const response = await gw.graphql<{ feedbackEntries: { totalCount: number; edges: { node: { id: string } }[] } }>(
    LIST,
    { apiKey, variables: { centreId: jalawla } },
  );
  expect(response.errors).toBeUndefined();
  return {
    ids: response.data!.feedbackEntries.edges.map((edge) => edge.node.id),
    total: response.data!.feedbackEntries.totalCount,
  };
}

describe('feedback and complaints through the gateway', () => {
  it('a Jalawla staff key records a complaint in Arabic, refers it to a partner, records the response and closes it; ADMIN sees its history', async () => {
    const entry = await record(
      keys.staff,
      'SERVICE_QUALITY_COMPLAINT',
      'انتظرت ثلاث ساعات ولم يستقبلني أحد في قسم الاستشارات القانونية',
    );
    expect(entry).toMatchObject({
      status: 'RECEIVED',
      sensitivity: 'STANDARD',
      categoryLabel: 'شكوى بشأن جودة الخدمة',
      responseDueOn: '2024-03-24',
    });
    expect(await move(keys.staff, entry.id, { action: 'ACKNOWLEDGE' })).toMatchObject({
      feedbackEntry: { status: 'ACKNOWLEDGED' },
    });
    expect(await move(keys.staff, entry.id, { action: 'REFER', toOrganisationId: partnerOrganisation })).toMatchObject({
      feedbackEntry: { status: 'REFERRED' },
    });
    expect(await move(keys.staff, entry.id, { action: 'CLOSE' })).toMatchObject({
      __typename: 'IllegalFeedbackTransitionError',
    });
    expect(
      await move(keys.staff, entry.id, { action: 'RESPOND', response: 'تم تعيين موظف إضافي في أيام الأحد' }),
    ).toMatchObject({ feedbackEntry: { status: 'RESPONDED' } });
    expect(await move(keys.staff, entry.id, { action: 'CLOSE', satisfaction: 'SATISFIED' })).toMatchObject({
      feedbackEntry: { status: 'CLOSED', allowedActions: ['REOPEN'] },
    });

    const history = await gw.graphql<{
      node: {
        history: {
          action: string;
          toStatus: string;
          toOrganisation: { id: string } | null;
          response: string | null;
          satisfaction: string | null;
        }[];
      };
    }>(
      `query H($id: ID!) { node(id: $id) { ... on FeedbackEntry { history { action toStatus toOrganisation { id } response satisfaction } } } }`,
      { apiKey: keys.admin, variables: { id: entry.id } },
    );
    expect(history.errors).toBeUndefined();
    expect(history.data?.node.history.map((step) => `${step.action}:${step.toStatus}`)).toEqual([
      'RECORD:RECEIVED',
      'ACKNOWLEDGE:ACKNOWLEDGED',
      'REFER:REFERRED',
      'RESPOND:RESPONDED',
      'CLOSE:CLOSED',
    ]);
    expect(history.data?.node.history[2]?.toOrganisation?.id).toBe(encodeGlobalID('Organisation', partnerOrganisation));
    expect(history.data?.node.history[4]?.satisfaction).toBe('SATISFIED');
  });

  it('a PSEA complaint recorded there is invisible to the same staff key: not in lists, not by id, not in counts', async () => {
    const before = await visibleIds(keys.staff);
    const psea = await record(keys.staff, 'PSEA', 'شكوى استغلال جنسي ضد عامل توزيع');
    expect(psea.sensitivity).toBe('PSEA');
    const after = await visibleIds(keys.staff);
    expect(after.ids).not.toContain(psea.id);
    expect(after.total).toBe(before.total);

    const byId = await gw.graphql<{ node: unknown }>(NODE, { apiKey: keys.staff, variables: { id: psea.id } });
    const unknownId = await gw.graphql<{ node: unknown }>(NODE, {
      apiKey: keys.staff,
      variables: { id: encodeGlobalID('FeedbackEntry', '00000000-0000-4000-8000-000000000000') },
    });
    expect(byId).toEqual(unknownId);
    expect(byId.data?.node).toBeNull();

    const moved = await move(keys.staff, psea.id, { action: 'ACKNOWLEDGE' });
    expect(moved.__typename).toBe('NotFoundError');

    const staffFigures = await gw.graphql<Figures>(FIGURES, { apiKey: keys.staff, variables: { by: 'CATEGORY' } });
    expect(staffFigures.data?.feedbackFigures.rows.map((row) => row.key)).not.toContain('psea');
    expect(staffFigures.data?.feedbackFigures.total.value).toBe(after.total);
    const adminById = await gw.graphql<{ node: unknown }>(NODE, { apiKey: keys.admin, variables: { id: psea.id } });
    expect(adminById.data?.node).toBeNull();
  });

  it('the focal point sees it and moves it through its lifecycle', async () => {
    const psea = await record(keys.staff, 'PSEA', 'بلاغ عن استغلال');
    const seen = await gw.graphql<{ node: { status: string; category: string; summary: string } | null }>(NODE, {
      apiKey: keys.focal,
      variables: { id: psea.id },
    });
    expect(seen.data?.node).toMatchObject({ status: 'RECEIVED', category: 'PSEA', summary: 'بلاغ عن استغلال' });
    expect((await visibleIds(keys.focal)).ids).toContain(psea.id);
    for (const [action, extra, status] of [
      ['ACKNOWLEDGE', {}, 'ACKNOWLEDGED'],
      ['REFER', { toOrganisationId: partnerOrganisation }, 'REFERRED'],
      ['RESPOND', { response: 'Referred to the PSEA network; survivor assisted' }, 'RESPONDED'],
      ['CLOSE', { satisfaction: 'NOT_ASKED' }, 'CLOSED'],
      ['REOPEN', { reason: 'new allegation about the same person' }, 'ACKNOWLEDGED'],
    ] as const) {
      expect(await move(keys.focal, psea.id, { action, ...extra }), action).toMatchObject({
        feedbackEntry: { status },
      });
    }
    const focalFigures = await gw.graphql<Figures>(FIGURES, { apiKey: keys.focal, variables: { by: 'CATEGORY' } });
    expect(
      focalFigures.data?.feedbackFigures.rows.find((row) => row.key === 'psea')?.count.value,
    ).toBeGreaterThanOrEqual(2);
  });

  it('PUBLIC gets feedback figures by category and month through disclosure control, and no entries', async () => {
    for (const by of ['CATEGORY', 'MONTH'] as const) {
      const figures = await gw.graphql<Figures>(FIGURES, { variables: { by } });
      expect(figures.errors).toBeUndefined();
      const table = figures.data!.feedbackFigures;
      expect(table).toMatchObject({ perturbed: true, smallestPublishedValue: 5 });
      for (const row of [...table.rows.map((r) => r.count), table.total]) {
        if (!row.hidden && row.value !== null)
          expect(row.value === 0 || row.value >= 5, JSON.stringify(row)).toBe(true);
      }
      if (by === 'CATEGORY') expect(table.rows.map((row) => row.key)).not.toContain('psea');
      if (by === 'MONTH')
        expect(table.rows.map((row) => row.key)).toEqual(expect.arrayContaining(['2018-01', '2018-02', '2018-03']));
    }
    const again = await gw.graphql<Figures>(FIGURES, { variables: { by: 'CATEGORY' } });
    const first = await gw.graphql<Figures>(FIGURES, { variables: { by: 'CATEGORY' } });
    expect(again.data).toEqual(first.data);
    const list = await gw.graphql(LIST, { variables: { centreId: jalawla } });
    expect(list.data).toEqual({ feedbackEntries: null });
    expect(list.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const partnerList = await gw.graphql(LIST, { apiKey: keys.partner, variables: { centreId: jalawla } });
    expect(partnerList.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const timeliness = await gw.graphql<{
      feedbackTimeliness: { perturbed: boolean; closed: { value: number | null } };
    }>(
      `{ feedbackTimeliness { perturbed closed { value hidden } closedWithinDeadline { value hidden } shareClosedWithinDeadlinePercent medianDaysToClose p90DaysToClose } }`,
    );
    expect(timeliness.errors).toBeUndefined();
    expect(timeliness.data?.feedbackTimeliness.perturbed).toBe(true);
  });

  it('the demo shows the Q1 2018 evaluation of 50 CAPs with its figures and source', async () => {
    const response = await gw.graphql<{ evaluations: Record<string, unknown>[] }>(
      `{ evaluations { code projectsEvaluated methods methodLabels targetedIndividuals beneficiarySharePercent { female male } respondentsFemale findings { aspect comparator change unit source } source illustrative programme { code } } }`,
      { headers: { 'accept-language': 'ar' } },
    );
    expect(response.errors).toBeUndefined();
    const evaluation = response.data?.evaluations.find((e) => e['code'] === 'CRP-VI-ME-2018-Q1');
    expect(evaluation).toMatchObject({
      projectsEvaluated: 50,
      methods: ['FOCUS_GROUP_DISCUSSION', 'KEY_INFORMANT_INTERVIEW'],
      methodLabels: ['مناقشة مجموعة مركَّزة', 'مقابلة مع مُخبر رئيسي'],
      targetedIndividuals: 184492,
      beneficiarySharePercent: { female: 54, male: 46 },
      respondentsFemale: null,
      illustrative: false,
      programme: { code: 'CRP-VI' },
      findings: [
        { aspect: 'SERVICE_QUALITY', comparator: 'MORE_THAN', change: '78', unit: 'percent' },
        { aspect: 'ACCESS_TO_FACILITIES', comparator: 'EXACTLY', change: '76', unit: 'percent' },
      ],
    });
    expect(String(evaluation?.['source'])).toContain(
      'Community Transition and Recovery Programme snapshot, first quarter 2018',
    );
  });
});
