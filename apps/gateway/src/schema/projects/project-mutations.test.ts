import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway';
import { rowCounts, seedProgrammeWorld, type ProgrammeWorld } from '../programmes/programme-fixtures.test-data';

let gw: TestGateway;
let world: ProgrammeWorld;
beforeAll(async () => {
  gw = await createTestGateway();
  world = await seedProgrammeWorld(gw.db.prisma);
});
afterAll(async () => {
  await gw.close();
});

const RESULT_FIELDS = `__typename
  ... on ValidationError { message issues { field label message } }
  ... on NotFoundError { message entity id }`;
const CREATE = `mutation Create($input: ProjectCreateInput!) {
  createProject(input: $input) { ${RESULT_FIELDS} ... on CreateProjectSuccess { project { id code title sector status area { pcode } programme { code } donors { acronym } targets { individuals households } endDate } } }
}`;
const UPDATE = `mutation Update($id: ID!, $input: ProjectUpdateInput!) {
  updateProject(id: $id, input: $input) { ${RESULT_FIELDS} ... on UpdateProjectSuccess { project { id code title status endDate programme { code } implementingOrganisation { acronym } } } }
}`;

type Issue = { field: string; label: string; message: string };
type Outcome<K extends string> = Record<
  K,
  {
    __typename: string;
    project?: Record<string, unknown>;
    issues?: Issue[];
    message?: string;
    entity?: string;
    id?: string;
  } | null
>;

const newProject = (overrides: Record<string, unknown> = {}) => ({
  programmeId: world.crp6,
  code: 'KHN-SME',
  title: 'Small business grants in Khanaqin',
  type: 'COMMUNITY_ASSISTANCE_PROJECT',
  sector: 'SME_DEVELOPMENT',
  iatiStatus: 'IMPLEMENTATION',
  areaPcode: 'IQG10Q05',
  startDate: '2018-03-01',
  donorOrganisationIds: [world.eu, world.usa],
  beneficiariesTargeted: { individuals: 120, households: 40 },
  ...overrides,
});

describe('createProject', () => {
  it('writes the project, its donors and exactly one audit row', async () => {
    const before = await rowCounts(gw.db.prisma);
    const result = await gw.graphql<Outcome<'createProject'>>(CREATE, {
      apiKey: world.keys.admin,
      variables: { input: newProject() },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.createProject?.project).toMatchObject({
      code: 'KHN-SME',
      sector: 'SME_DEVELOPMENT',
      status: 'IMPLEMENTATION',
      area: { pcode: 'IQG10Q05' },
      programme: { code: 'CRP-VI' },
      donors: [{ acronym: 'EU' }, { acronym: 'USA' }],
      targets: { individuals: 120, households: 40 },
      endDate: null,
    });
    expect(await rowCounts(gw.db.prisma)).toEqual({
      ...before,
      projects: before.projects + 1,
      projectDonors: before.projectDonors + 2,
      auditLog: before.auditLog + 1,
    });
    const audit = await gw.db.prisma.auditLog.findFirstOrThrow({ where: { entity: 'Project', action: 'create' } });
    expect(audit.actor).toMatch(/^api-key:/);
    expect(audit.after).toMatchObject({ code: 'KHN-SME', status: 'implementation' });
  });

  it('refuses bad input with every field named, in Arabic for Accept-Language: ar, and writes nothing', async () => {
    const before = await rowCounts(gw.db.prisma);
    const result = await gw.graphql<Outcome<'createProject'>>(CREATE, {
      apiKey: world.keys.admin,
      headers: { 'accept-language': 'ar' },
      variables: { input: newProject({ code: 'BAD-1', title: '  ', beneficiariesTargeted: { individuals: -5 } }) },
    });
    const outcome = result.data?.createProject;
    expect(outcome?.__typename).toBe('ValidationError');
    expect(outcome?.issues?.map((issue) => issue.field).sort()).toEqual(['beneficiariesTargeted.individuals', 'title']);
    for (const issue of outcome?.issues ?? []) {
      expect(issue.label).toMatch(/[\u0600-\u06FF]/);
      expect(issue.message).toMatch(/[\u0600-\u06FF]/);
    }
    // Rules across fields run once every field is valid on its own (the domain's order).
    const dates = await gw.graphql<Outcome<'createProject'>>(CREATE, {
      apiKey: world.keys.admin,
      headers: { 'accept-language': 'ar' },
      variables: { input: newProject({ code: 'BAD-2', endDate: '2018-01-01' }) },
    });
    expect(dates.data?.createProject?.issues).toEqual([
      expect.objectContaining({ field: 'endDate', label: 'تاريخ الانتهاء' }),
    ]);
    expect(await rowCounts(gw.db.prisma)).toEqual(before);
  });

  it('reports a missing programme, an unknown area, a missing donor and a taken code, writing nothing', async () => {
    const before = await rowCounts(gw.db.prisma);
    const missing = '00000000-0000-4000-8000-000000000000';
    const run = (input: Record<string, unknown>) =>
      gw.graphql<Outcome<'createProject'>>(CREATE, {
        apiKey: world.keys.admin,
        variables: { input: newProject({ code: 'NEW-1', ...input }) },
      });
    expect((await run({ programmeId: missing })).data?.createProject).toMatchObject({
      __typename: 'NotFoundError',
      entity: 'Programme',
      id: missing,
    });
    expect((await run({ areaPcode: 'IQG10Q99' })).data?.createProject).toMatchObject({
      __typename: 'NotFoundError',
      entity: 'AdminArea',
    });
    expect((await run({ donorOrganisationIds: [world.eu, missing] })).data?.createProject).toMatchObject({
      __typename: 'NotFoundError',
      entity: 'Organisation',
      id: missing,
    });
    expect((await run({ code: 'DIY-EDU' })).data?.createProject?.issues?.map((issue) => issue.field)).toEqual(['code']);
    expect(await rowCounts(gw.db.prisma)).toEqual(before);
  });

  it('is FORBIDDEN to PUBLIC, PARTNER and CENTRE_STAFF callers (programme records are ADMIN’s)', async () => {
    const before = await rowCounts(gw.db.prisma);
    for (const apiKey of [undefined, world.keys.partner, world.keys.staff]) {
      const result = await gw.graphql<Outcome<'createProject'>>(CREATE, {
        ...(apiKey ? { apiKey } : {}),
        variables: { input: newProject({ code: 'NOPE' }) },
      });
      expect(result.data?.createProject ?? null).toBeNull();
      expect(result.errors?.map((error) => error.extensions?.['code'])).toEqual(['FORBIDDEN']);
    }
    expect(await rowCounts(gw.db.prisma)).toEqual(before);
  });
});

describe('updateProject', () => {
  it('changes only the fields given and audits the project before and after', async () => {
    const id = world.projects['DIY-HEA'];
    const before = await rowCounts(gw.db.prisma);
    const result = await gw.graphql<Outcome<'updateProject'>>(UPDATE, {
      apiKey: world.keys.admin,
      variables: {
        id,
        input: { title: 'Rehabilitated health centre', endDate: '2018-12-31', implementingOrganisationId: world.iom },
      },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.updateProject?.project).toMatchObject({
      code: 'DIY-HEA',
      title: 'Rehabilitated health centre',
      status: 'CLOSED',
      endDate: '2018-12-31',
      implementingOrganisation: { acronym: 'IOM' },
    });
    expect(await rowCounts(gw.db.prisma)).toEqual({ ...before, auditLog: before.auditLog + 1 });
    const audit = await gw.db.prisma.auditLog.findFirstOrThrow({
      where: { entity: 'Project', entityId: id, action: 'update' },
    });
    expect(audit.before).toMatchObject({ title: 'Project DIY-HEA', endDate: null });
    expect(audit.after).toMatchObject({ title: 'Rehabilitated health centre', endDate: '2018-12-31T00:00:00.000Z' });
  });

  it('checks the project as a whole: an end date before the stored start date is refused, naming endDate', async () => {
    const before = await rowCounts(gw.db.prisma);
    const result = await gw.graphql<Outcome<'updateProject'>>(UPDATE, {
      apiKey: world.keys.admin,
      headers: { 'accept-language': 'ar' },
      variables: { id: world.projects['DIY-EDU'], input: { endDate: '2017-06-30' } },
    });
    expect(result.data?.updateProject?.issues?.map((issue) => issue.field)).toEqual(['endDate']);
    expect(result.data?.updateProject?.message).toMatch(/[\u0600-\u06FF]/);
    expect(await rowCounts(gw.db.prisma)).toEqual(before);
    const stored = await gw.db.prisma.project.findUniqueOrThrow({ where: { id: world.projects['DIY-EDU'] } });
    expect(stored.endDate).toBeNull();
  });

  it('moves a project’s funding with it to another programme', async () => {
    const projectId = world.projects['MOS-EDU'];
    await gw.db.prisma.funding.create({
      data: {
        programmeId: world.crp6,
        projectId,
        donorOrganisationId: world.eu,
        recipientOrganisationId: world.iom,
        amount: '10.00',
        currency: 'USD',
        transactionType: 'incoming_funds',
        transactionDate: new Date('2018-04-01T00:00:00.000Z'),
      },
    });
    const result = await gw.graphql<Outcome<'updateProject'>>(UPDATE, {
      apiKey: world.keys.admin,
      variables: { id: projectId, input: { programmeId: world.rrp } },
    });
    expect(result.data?.updateProject?.project).toMatchObject({ programme: { code: 'RRP' } });
    const funding = await gw.db.prisma.funding.findMany({ where: { projectId }, select: { programmeId: true } });
    expect(funding).toEqual([{ programmeId: world.rrp }]);
  });

  it('answers NotFoundError for an unknown project and refuses an empty change', async () => {
    const missing = await gw.graphql<Outcome<'updateProject'>>(UPDATE, {
      apiKey: world.keys.admin,
      variables: { id: '00000000-0000-4000-8000-000000000000', input: { title: 'x' } },
    });
    expect(missing.data?.updateProject).toMatchObject({ __typename: 'NotFoundError', entity: 'Project' });
    const empty = await gw.graphql<Outcome<'updateProject'>>(UPDATE, {
      apiKey: world.keys.admin,
      variables: { id: world.projects['DIY-EDU'], input: {} },
    });
    expect(empty.data?.updateProject?.__typename).toBe('ValidationError');
  });
});
