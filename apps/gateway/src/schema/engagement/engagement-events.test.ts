import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway';
import { rowCounts, seedProgrammeWorld, type ProgrammeWorld } from '../programmes/programme-fixtures.test-data';

let gw: TestGateway;
let world: ProgrammeWorld;
beforeAll(async () => {
  gw = await createTestGateway();
  world = await seedProgrammeWorld(gw.db.prisma);
  const event = (
    type: string,
    heldOn: string,
    fields: { centreId?: string; projectId?: string; areaPcode: string },
  ) => ({
    type,
    title: `${type} ${heldOn}`,
    heldOn: new Date(`${heldOn}T00:00:00.000Z`),
    participantsFemale: 10,
    participantsMale: 5,
    ...fields,
  });
  await gw.db.prisma.engagementEvent.createMany({
    data: [
      event('town_hall', '2018-01-20', { centreId: world.jalawlaCentre, areaPcode: 'IQG10Q05N04' }),
      event('survey', '2018-02-10', {
        centreId: world.jalawlaCentre,
        projectId: world.projects['JAL-WAT'],
        areaPcode: 'IQG10Q05N04',
      }),
      event('focus_group_discussion', '2018-03-05', { centreId: world.mosulCentre, areaPcode: 'IQG15Q05' }),
      event('town_hall', '2018-03-15', { projectId: world.projects['RRP-ENE'], areaPcode: 'IQG10Q05' }),
    ],
  });
});
afterAll(async () => {
  await gw.close();
});

const EVENTS = `query Events($filter: EngagementEventFilter, $first: Int) {
  engagementEvents(filter: $filter, first: $first) { totalCount edges { node { title heldOn type } } }
}`;
type Events = {
  engagementEvents: { totalCount: number; edges: { node: { title: string; heldOn: string; type: string } }[] };
};

async function titles(filter: Record<string, unknown>): Promise<string[]> {
  const result = await gw.graphql<Events>(EVENTS, { variables: { filter } });
  expect(result.errors).toBeUndefined();
  expect(result.data?.engagementEvents.totalCount).toBe(result.data?.engagementEvents.edges.length);
  return result.data?.engagementEvents.edges.map((edge) => edge.node.title) ?? [];
}

describe('engagementEvents', () => {
  it('lists the most recent first, and filters by centre, project, programme, type, area and dates', async () => {
    expect(await titles({})).toEqual([
      'town_hall 2018-03-15',
      'focus_group_discussion 2018-03-05',
      'survey 2018-02-10',
      'town_hall 2018-01-20',
    ]);
    expect(await titles({ centreId: world.jalawlaCentre })).toEqual(['survey 2018-02-10', 'town_hall 2018-01-20']);
    expect(await titles({ projectId: world.projects['JAL-WAT'] })).toEqual(['survey 2018-02-10']);
    expect(await titles({ programmeId: world.rrp })).toEqual(['town_hall 2018-03-15']);
    expect(await titles({ type: 'TOWN_HALL' })).toEqual(['town_hall 2018-03-15', 'town_hall 2018-01-20']);
    expect(await titles({ areaPcode: 'IQG10' })).toEqual([
      'town_hall 2018-03-15',
      'survey 2018-02-10',
      'town_hall 2018-01-20',
    ]);
    expect(await titles({ heldFrom: '2018-02-10', heldTo: '2018-03-05' })).toEqual([
      'focus_group_discussion 2018-03-05',
      'survey 2018-02-10',
    ]);
  });

  it('counts every match in totalCount while a page holds fewer', async () => {
    const result = await gw.graphql<Events>(EVENTS, { variables: { first: 1 } });
    expect(result.data?.engagementEvents.totalCount).toBe(4);
    expect(result.data?.engagementEvents.edges).toHaveLength(1);
  });
});

const RECORD = `mutation Record($input: EngagementEventCreateInput!) {
  recordEngagementEvent(input: $input) {
    __typename
    ... on RecordEngagementEventSuccess { event { title type typeLabel heldOn area { pcode } centre { code } participants { female male total } } }
    ... on ValidationError { message issues { field label message } }
    ... on NotFoundError { entity id }
  }
}`;
type Recorded = {
  recordEngagementEvent: {
    __typename: string;
    event?: {
      title: string;
      type: string;
      typeLabel: string;
      heldOn: string;
      area: { pcode: string };
      centre: { code: string } | null;
      participants: { female: number; male: number; total: number };
    };
    issues?: { field: string; label: string; message: string }[];
    entity?: string;
  } | null;
};

const townHall = (overrides: Record<string, unknown> = {}) => ({
  centreId: world.jalawlaCentre,
  engagementType: 'TOWN_HALL',
  heldOn: '2018-03-20',
  participants: { female: 28, male: 45 },
  ...overrides,
});

describe('recordEngagementEvent', () => {
  it('lets a CENTRE_STAFF key record at its own centre: the event in the centre’s area, and one audit row', async () => {
    const before = await rowCounts(gw.db.prisma);
    const result = await gw.graphql<Recorded>(RECORD, {
      apiKey: world.keys.staff,
      headers: { 'accept-language': 'ar' },
      variables: { input: townHall() },
    });
    expect(result.errors).toBeUndefined();
    const event = result.data?.recordEngagementEvent?.event;
    expect(event).toMatchObject({
      title: 'Town hall meeting',
      type: 'TOWN_HALL',
      heldOn: '2018-03-20',
      area: { pcode: 'IQG10Q05N04' },
      centre: { code: 'CRC-JALAWLA' },
      participants: { female: 28, male: 45, total: 73 },
    });
    expect(event?.typeLabel).toMatch(/[\u0600-\u06FF]/);
    expect(await rowCounts(gw.db.prisma)).toEqual({
      ...before,
      engagementEvents: before.engagementEvents + 1,
      auditLog: before.auditLog + 1,
    });
  });

  it('refuses negative participants in Arabic, naming the nested field, and writes nothing', async () => {
    const before = await rowCounts(gw.db.prisma);
    const result = await gw.graphql<Recorded>(RECORD, {
      apiKey: world.keys.staff,
      headers: { 'accept-language': 'ar' },
      variables: { input: townHall({ participants: { female: -1, male: 3 } }) },
    });
    const issues = result.data?.recordEngagementEvent?.issues ?? [];
    expect(issues.map((issue) => issue.field)).toEqual(['participants.female']);
    expect(issues[0]?.label).toMatch(/[\u0600-\u06FF]/);
    expect(await rowCounts(gw.db.prisma)).toEqual(before);
  });

  it('refuses another centre’s event to CENTRE_STAFF and every event to PUBLIC (FORBIDDEN), writing nothing', async () => {
    const before = await rowCounts(gw.db.prisma);
    const otherCentre = await gw.graphql<Recorded>(RECORD, {
      apiKey: world.keys.staff,
      variables: { input: townHall({ centreId: world.mosulCentre }) },
    });
    expect(otherCentre.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const noCentre = await gw.graphql<Recorded>(RECORD, {
      apiKey: world.keys.staff,
      variables: { input: townHall({ centreId: null, projectId: world.projects['RRP-ENE'] }) },
    });
    expect(noCentre.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const anonymous = await gw.graphql<Recorded>(RECORD, { variables: { input: townHall() } });
    expect(anonymous.data?.recordEngagementEvent ?? null).toBeNull();
    expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(await rowCounts(gw.db.prisma)).toEqual(before);
  });

  it('lets ADMIN record a project event (area from the project) and reports a missing project', async () => {
    const before = await rowCounts(gw.db.prisma);
    const result = await gw.graphql<Recorded>(RECORD, {
      apiKey: world.keys.admin,
      variables: {
        input: townHall({
          centreId: null,
          projectId: world.projects['MOS-EDU'],
          engagementType: 'SURVEY',
          title: 'Household survey, Mosul',
        }),
      },
    });
    expect(result.data?.recordEngagementEvent?.event).toMatchObject({
      title: 'Household survey, Mosul',
      area: { pcode: 'IQG15Q05' },
      centre: null,
    });
    const missing = await gw.graphql<Recorded>(RECORD, {
      apiKey: world.keys.admin,
      variables: { input: townHall({ centreId: null, projectId: '00000000-0000-4000-8000-000000000000' }) },
    });
    expect(missing.data?.recordEngagementEvent).toMatchObject({ __typename: 'NotFoundError', entity: 'Project' });
    expect(await rowCounts(gw.db.prisma)).toEqual({
      ...before,
      engagementEvents: before.engagementEvents + 1,
      auditLog: before.auditLog + 1,
    });
  });
});
