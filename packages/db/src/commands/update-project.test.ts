import { describe, expect, it } from 'vitest';
import type { Db } from '../create-db';
import { TEST_DATABASE_KIND } from '../testing/test-database';
import { ADMIN, writtenRows, type CommandWorld, useCommandWorld } from './command-fixtures.test-data';
import { updateProject } from './update-project';

let db: Db;
let world: CommandWorld;
useCommandWorld((opened) => ({ db, world } = opened));

describe(`updateProject (${TEST_DATABASE_KIND})`, () => {
  it('changes only the fields given, writes one audit row with the project before and after, and returns the project', async () => {
    const before = await writtenRows(db.prisma);
    const result = await updateProject(db.prisma, ADMIN, {
      projectId: world.project,
      patch: { title: 'Rehabilitated health centre', endDate: '2018-12-31', sector: null },
    });
    expect(result).toMatchObject({
      ok: true,
      value: { title: 'Rehabilitated health centre', sector: 'health', code: world.projectCode },
    });
    expect(await writtenRows(db.prisma)).toEqual({ ...before, auditLog: before.auditLog + 1 });
    const audit = await db.prisma.auditLog.findFirstOrThrow({
      where: { entityId: world.project, action: 'update' },
      orderBy: { at: 'desc' },
    });
    expect(audit).toMatchObject({ actor: ADMIN.name, entity: 'Project' });
    expect(audit.before).toMatchObject({ title: 'Project DIY-HEA', endDate: null });
    expect(audit.after).toMatchObject({ title: 'Rehabilitated health centre', endDate: '2018-12-31T00:00:00.000Z' });
  });

  it('clears a clearable field given as null, and a patch of clears alone is a change', async () => {
    const result = await updateProject(db.prisma, ADMIN, {
      projectId: world.project,
      patch: { endDate: null, description: null },
    });
    expect(result).toMatchObject({ ok: true, value: { endDate: null, description: null } });
  });

  it('refuses bad values with an InputError per field, typed by reason, and writes nothing', async () => {
    const before = await writtenRows(db.prisma);
    const result = await updateProject(db.prisma, ADMIN, {
      projectId: world.project,
      patch: { title: '  ', beneficiariesTargeted: { individuals: -5 }, donorOrganisationIds: [world.eu, world.eu] },
    });
    expect(result.ok).toBe(false);
    if (result.ok || result.kind !== 'invalid') throw new Error(`expected invalid, got ${JSON.stringify(result)}`);
    expect(result.errors.map(({ field, reason }) => ({ field, reason }))).toEqual(
      expect.arrayContaining([
        { field: 'title', reason: 'too_small' },
        { field: 'beneficiariesTargeted.individuals', reason: 'too_small' },
        { field: 'donorOrganisationIds', reason: 'custom' },
      ]),
    );
    expect(result.errors).toHaveLength(3);
    expect(await writtenRows(db.prisma)).toEqual(before);
  });

  it('checks the project as a whole: an end date before the stored start date is refused, naming endDate', async () => {
    const result = await updateProject(db.prisma, ADMIN, {
      projectId: world.project,
      patch: { endDate: '2017-06-30' },
    });
    expect(result).toMatchObject({ ok: false, kind: 'invalid', errors: [{ field: 'endDate', reason: 'custom' }] });
  });

  it('refuses an empty patch', async () => {
    const result = await updateProject(db.prisma, ADMIN, { projectId: world.project, patch: {} });
    expect(result).toMatchObject({ ok: false, kind: 'invalid' });
  });

  it('answers NotFound for an unknown or malformed project id and for a missing programme or donor, naming the field', async () => {
    const before = await writtenRows(db.prisma);
    const unknown = '0b7c6f4e-96a4-4b8e-9d1d-6a1a4c1f0000';
    expect(await updateProject(db.prisma, ADMIN, { projectId: unknown, patch: { title: 'x' } })).toEqual({
      ok: false,
      kind: 'not_found',
      entity: 'Project',
      field: 'projectId',
      id: unknown,
    });
    expect(await updateProject(db.prisma, ADMIN, { projectId: 'not-a-uuid', patch: { title: 'x' } })).toMatchObject({
      kind: 'not_found',
      id: 'not-a-uuid',
    });
    expect(
      await updateProject(db.prisma, ADMIN, { projectId: world.project, patch: { programmeId: unknown } }),
    ).toMatchObject({
      kind: 'not_found',
      entity: 'Programme',
      field: 'programmeId',
    });
    const donors = await updateProject(db.prisma, ADMIN, {
      projectId: world.project,
      patch: { donorOrganisationIds: [world.usa, unknown] },
    });
    expect(donors).toMatchObject({
      kind: 'not_found',
      entity: 'Organisation',
      field: 'donorOrganisationIds',
      id: unknown,
    });
    expect(
      await updateProject(db.prisma, ADMIN, { projectId: world.project, patch: { areaPcode: 'IQG99' } }),
    ).toMatchObject({
      kind: 'not_found',
      entity: 'AdminArea',
    });
    expect(await writtenRows(db.prisma)).toEqual(before);
  });

  it('refuses a code another project has, with reason code_in_use', async () => {
    const result = await updateProject(db.prisma, ADMIN, {
      projectId: world.project,
      patch: { code: world.otherProjectCode },
    });
    expect(result).toMatchObject({
      ok: false,
      kind: 'invalid',
      errors: [{ field: 'code', reason: 'code_in_use', values: { value: world.otherProjectCode } }],
    });
  });

  it('moves the project’s funding with it to another programme, and replaces its donors', async () => {
    const result = await updateProject(db.prisma, ADMIN, {
      projectId: world.project,
      patch: { programmeId: world.awda, donorOrganisationIds: [world.usa] },
    });
    expect(result).toMatchObject({
      ok: true,
      value: { programmeId: world.awda, donors: [{ organisationId: world.usa }] },
    });
    const funding = await db.prisma.funding.findMany({ where: { projectId: world.project } });
    expect(funding.map((row) => row.programmeId)).toEqual([world.awda]);
  });

  it('is Forbidden to every role but ADMIN, before looking at the database', async () => {
    for (const role of ['PUBLIC', 'PARTNER', 'CENTRE_STAFF'] as const) {
      const result = await updateProject(
        db.prisma,
        { name: 'api-key:x', role, centreIds: new Set() },
        { projectId: world.project, patch: { title: 'x' } },
      );
      expect(result).toEqual({ ok: false, kind: 'forbidden', field: 'projectId', reason: 'role' });
    }
  });
});
