import { describe, expect, it } from 'vitest';
import type { Db } from '../create-db';
import { TEST_DATABASE_KIND } from '../testing/test-database';
import { ADMIN, writtenRows, type CommandWorld, useCommandWorld } from './command-fixtures.test-data';
import { createProject, type CreateProjectInput } from './create-project';

let db: Db;
let world: CommandWorld;
useCommandWorld((opened) => ({ db, world } = opened));

const newProject = (overrides: Partial<CreateProjectInput> = {}): CreateProjectInput => ({
  programmeId: world.crp6,
  code: 'KHN-SME',
  title: 'Small business grants in Khanaqin',
  type: 'community_assistance_project',
  sector: 'sme_development',
  iatiStatus: 'implementation',
  areaPcode: 'IQG10Q05',
  startDate: '2018-03-01',
  endDate: null,
  donorOrganisationIds: [world.eu, world.usa],
  beneficiariesTargeted: { individuals: 120, households: null },
  ...overrides,
});

describe(`createProject (${TEST_DATABASE_KIND})`, () => {
  it('writes the project, its donors and one audit row naming the actor, and returns the project', async () => {
    const before = await writtenRows(db.prisma);
    const result = await createProject(db.prisma, ADMIN, newProject());
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.value).toMatchObject({
      code: 'KHN-SME',
      status: 'implementation',
      targetIndividuals: 120,
      targetHouseholds: null,
      endDate: null,
    });
    expect(result.value.donors.map((donor) => donor.organisationId).sort()).toEqual([world.eu, world.usa].sort());
    expect(await writtenRows(db.prisma)).toEqual({
      ...before,
      projects: before.projects + 1,
      projectDonors: before.projectDonors + 2,
      auditLog: before.auditLog + 1,
    });
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { entityId: result.value.id } });
    expect(audit).toMatchObject({ actor: ADMIN.name, action: 'create', entity: 'Project', after: { code: 'KHN-SME' } });
  });

  it('codes a project without a code by its id', async () => {
    const result = await createProject(db.prisma, ADMIN, newProject({ code: null }));
    expect(result.ok && result.value.code).toBe(result.ok ? result.value.id : 'never');
  });

  it('refuses bad input with every field named and writes nothing', async () => {
    const before = await writtenRows(db.prisma);
    const result = await createProject(
      db.prisma,
      ADMIN,
      newProject({ code: 'BAD-1', title: '  ', beneficiariesTargeted: { individuals: -5 }, startDate: null }),
    );
    expect(result.ok).toBe(false);
    if (result.ok || result.kind !== 'invalid') throw new Error(JSON.stringify(result));
    expect(result.errors.map((error) => error.field).sort()).toEqual([
      'beneficiariesTargeted.individuals',
      'startDate',
      'title',
    ]);
    // A missing field carries `input: undefined`, so it reads "is required"; no rejected value is copied.
    expect(result.errors.find((error) => error.field === 'startDate')?.issue).toHaveProperty('input', undefined);
    expect(await writtenRows(db.prisma)).toEqual(before);
  });

  it('answers NotFound for a missing programme, area or donor, and code_in_use for a taken code, writing nothing', async () => {
    const before = await writtenRows(db.prisma);
    const unknown = '0b7c6f4e-96a4-4b8e-9d1d-6a1a4c1f0000';
    expect(await createProject(db.prisma, ADMIN, newProject({ programmeId: unknown }))).toMatchObject({
      kind: 'not_found',
      entity: 'Programme',
      field: 'programmeId',
    });
    expect(await createProject(db.prisma, ADMIN, newProject({ areaPcode: 'IQG99' }))).toMatchObject({
      kind: 'not_found',
      entity: 'AdminArea',
      field: 'areaPcode',
    });
    expect(await createProject(db.prisma, ADMIN, newProject({ donorOrganisationIds: [unknown] }))).toMatchObject({
      kind: 'not_found',
      entity: 'Organisation',
      id: unknown,
    });
    expect(await createProject(db.prisma, ADMIN, newProject({ code: world.otherProjectCode }))).toMatchObject({
      kind: 'invalid',
      errors: [{ field: 'code', reason: 'code_in_use' }],
    });
    expect(await writtenRows(db.prisma)).toEqual(before);
  });

  it('is Forbidden to other roles', async () => {
    const staff = { name: 'api-key:staff', role: 'CENTRE_STAFF' as const, centreIds: new Set<string>() };
    expect(await createProject(db.prisma, staff, newProject({ code: 'X-1' }))).toMatchObject({
      ok: false,
      kind: 'forbidden',
      reason: 'role',
    });
  });
});
