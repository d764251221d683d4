import { describe, expect, it } from 'vitest';
import type { Db } from '../create-db';
import { TEST_DATABASE_KIND } from '../testing/test-database';
import { ADMIN, staffOf, writtenRows, type CommandWorld, useCommandWorld } from './command-fixtures.test-data';
import { recordEngagementEvent, type RecordEngagementEventInput } from './record-engagement-event';

let db: Db;
let world: CommandWorld;
useCommandWorld((opened) => ({ db, world } = opened));

const event = (overrides: Partial<RecordEngagementEventInput> = {}): RecordEngagementEventInput => ({
  centreId: world.jalawla,
  engagementType: 'town_hall',
  heldOn: '2018-02-14',
  participants: { female: 28, male: 45 },
  ...overrides,
});

describe(`recordEngagementEvent (${TEST_DATABASE_KIND})`, () => {
  it('takes the centre’s area and the kind’s label when they are not given, and audits the event', async () => {
    const before = await writtenRows(db.prisma);
    const result = await recordEngagementEvent(
      db.prisma,
      staffOf(world.jalawla),
      event({ notes: '  Water supply raised  ' }),
    );
    expect(result).toMatchObject({
      ok: true,
      value: {
        areaPcode: 'IQG10Q05',
        title: 'Town hall meeting',
        participantsFemale: 28,
        notes: 'Water supply raised',
      },
    });
    expect(await writtenRows(db.prisma)).toEqual({
      ...before,
      engagementEvents: before.engagementEvents + 1,
      auditLog: before.auditLog + 1,
    });
  });

  it('lets staff record only for their own centres, and needs a centre from them', async () => {
    const before = await writtenRows(db.prisma);
    expect(await recordEngagementEvent(db.prisma, staffOf(world.jalawla), event({ centreId: world.kirkuk }))).toEqual({
      ok: false,
      kind: 'forbidden',
      field: 'centreId',
      reason: 'centre_not_yours',
      id: world.kirkuk,
    });
    expect(
      await recordEngagementEvent(
        db.prisma,
        staffOf(world.jalawla),
        event({ centreId: null, projectId: world.project }),
      ),
    ).toMatchObject({
      kind: 'forbidden',
    });
    expect(
      await recordEngagementEvent(db.prisma, { name: 'api-key:p', role: 'PARTNER', centreIds: new Set() }, event()),
    ).toMatchObject({
      kind: 'forbidden',
      reason: 'role',
    });
    expect(await writtenRows(db.prisma)).toEqual(before);
  });

  it('answers required when neither the input, the centre nor the project gives an area, and NotFound for an unknown one', async () => {
    const project = await db.prisma.project.create({
      data: {
        code: 'NO-AREA',
        programmeId: world.crp6,
        title: 'No area',
        type: 'quick_impact_project',
        sector: 'health',
        status: 'pipeline',
      },
    });
    expect(
      await recordEngagementEvent(db.prisma, ADMIN, event({ centreId: null, projectId: project.id })),
    ).toMatchObject({
      kind: 'invalid',
      errors: [{ field: 'areaPcode', reason: 'required' }],
    });
    expect(await recordEngagementEvent(db.prisma, ADMIN, event({ areaPcode: 'IQG99' }))).toMatchObject({
      kind: 'not_found',
      entity: 'AdminArea',
    });
    expect(
      await recordEngagementEvent(db.prisma, ADMIN, event({ participants: { female: -1, male: 2 } })),
    ).toMatchObject({
      kind: 'invalid',
      errors: [{ field: 'participants.female', reason: 'too_small' }],
    });
  });
});
