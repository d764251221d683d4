import { describe, expect, it } from 'vitest';
import type { Db } from '../create-db';
import { TEST_DATABASE_KIND } from '../testing/test-database';
import { ADMIN, staffOf, writtenRows, type CommandWorld, useCommandWorld } from './command-fixtures.test-data';
import { recordFunding, type RecordFundingInput } from './record-funding';

let db: Db;
let world: CommandWorld;
useCommandWorld((opened) => ({ db, world } = opened));

const funding = (overrides: Partial<RecordFundingInput> = {}): RecordFundingInput => ({
  programmeId: null,
  projectId: world.project,
  donorOrganisationId: world.usa,
  recipientOrganisationId: world.iom,
  transactionType: 'incoming_commitment',
  amount: '2500000.50',
  currency: 'USD',
  transactionDate: '2018-03-01',
  ...overrides,
});

describe(`recordFunding (${TEST_DATABASE_KIND})`, () => {
  it('stores project funding with the project’s programme, the exact decimal, and one audit row', async () => {
    const before = await writtenRows(db.prisma);
    const result = await recordFunding(db.prisma, ADMIN, funding());
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.value.programmeId).toBe(world.crp6);
    expect(result.value.amount.toFixed(2)).toBe('2500000.50');
    expect(await writtenRows(db.prisma)).toEqual({
      ...before,
      funding: before.funding + 1,
      auditLog: before.auditLog + 1,
    });
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { entityId: result.value.id } });
    expect(audit).toMatchObject({ actor: ADMIN.name, entity: 'Funding', after: { amount: '2500000.5' } });
  });

  it('refuses, with typed reasons, an amount too large to store, a project of another programme and a donor that is also the recipient', async () => {
    const before = await writtenRows(db.prisma);
    expect(await recordFunding(db.prisma, ADMIN, funding({ amount: '12345678901234567' }))).toMatchObject({
      kind: 'invalid',
      errors: [{ field: 'amount', reason: 'too_many_digits', values: { digits: 16 } }],
    });
    expect(await recordFunding(db.prisma, ADMIN, funding({ programmeId: world.awda }))).toMatchObject({
      kind: 'invalid',
      errors: [{ field: 'projectId', reason: 'project_in_other_programme' }],
    });
    expect(await recordFunding(db.prisma, ADMIN, funding({ recipientOrganisationId: world.usa }))).toMatchObject({
      kind: 'invalid',
      errors: [{ field: 'recipientOrganisationId', reason: 'custom' }],
    });
    expect(await writtenRows(db.prisma)).toEqual(before);
  });

  it('answers NotFound for a missing project, programme or organisation', async () => {
    const unknown = '0b7c6f4e-96a4-4b8e-9d1d-6a1a4c1f0000';
    expect(await recordFunding(db.prisma, ADMIN, funding({ projectId: unknown }))).toMatchObject({
      kind: 'not_found',
      entity: 'Project',
      field: 'projectId',
    });
    expect(await recordFunding(db.prisma, ADMIN, funding({ projectId: null, programmeId: unknown }))).toMatchObject({
      kind: 'not_found',
      entity: 'Programme',
    });
    expect(await recordFunding(db.prisma, ADMIN, funding({ donorOrganisationId: unknown }))).toMatchObject({
      kind: 'not_found',
      entity: 'Organisation',
      field: 'donorOrganisationId',
    });
  });

  it('is Forbidden to centre staff', async () => {
    expect(await recordFunding(db.prisma, staffOf(world.jalawla), funding())).toMatchObject({
      kind: 'forbidden',
      reason: 'role',
    });
  });
});
