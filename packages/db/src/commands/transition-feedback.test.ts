import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../create-db';
import { FEEDBACK_ADMIN, seedFeedbackWorld, type FeedbackWorld } from '../feedback/feedback-fixtures.test-data';
import { visibleFeedbackWhere } from '../feedback/feedback-visibility';
import { loadReferenceData } from '../reference/load-reference-data';
import { createTestDatabase, TEST_DATABASE_KIND, type TestDatabase } from '../testing/test-database';
import { recordFeedback, type RecordFeedbackInput } from './record-feedback';
import { transitionFeedback } from './transition-feedback';

let testDb: TestDatabase;
let db: Db;
let world: FeedbackWorld;
beforeAll(async () => {
  testDb = await createTestDatabase();
  db = await testDb.open();
  await loadReferenceData(db.prisma);
  world = await seedFeedbackWorld(db.prisma);
}, 120_000);
afterAll(async () => {
  await db?.close();
  await testDb?.drop();
});

const complaint = (
  centreId: string,
  category: RecordFeedbackInput['category'] = 'service_quality_complaint',
): RecordFeedbackInput => ({
  channel: 'hotline',
  category,
  language: 'ar',
  receivedOn: '2018-02-27',
  summary: 'لم يتلق أخي أي رد بخصوص قضية السكن',
  centreId,
  consentToReply: true,
  contact: { name: 'أحمد', phone: '0770 123 4567' },
});

async function recorded(actor = world.jalawlaStaff, category?: RecordFeedbackInput['category']) {
  const result = await recordFeedback(db.prisma, actor, complaint(world.jalawla, category));
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.value;
}

describe(`recordFeedback and transitionFeedback (${TEST_DATABASE_KIND})`, () => {
  it('records a complaint with the sensitivity and deadline of its category, and history and audit without personal values', async () => {
    const entry = await recorded();
    expect(entry).toMatchObject({
      status: 'received',
      sensitivity: 'standard',
      language: 'ar',
      contactPhone: '07701234567',
    });
    expect(entry.responseDueOn.toISOString().slice(0, 10)).toBe('2018-03-13');
    const history = await db.prisma.feedbackStatusChange.findMany({ where: { feedbackEntryId: entry.id } });
    expect(history).toMatchObject([
      { action: 'record', fromStatus: null, toStatus: 'received', changedBy: world.jalawlaStaff.name },
    ]);
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { entityId: entry.id } });
    const text = JSON.stringify(audit);
    for (const personal of ['أحمد', '07701234567', 'السكن']) expect(text).not.toContain(personal);
    expect(audit.after).toMatchObject({ category: 'service_quality_complaint', contactGiven: true });
  });

  it('refers to a partner organisation, responds and closes with satisfaction, keeping every step', async () => {
    const entry = await recorded();
    const steps = [
      { action: 'acknowledge', changedOn: '2018-02-27' },
      { action: 'refer', changedOn: '2018-02-28', toOrganisationId: world.partner },
      { action: 'respond', changedOn: '2018-03-05', response: 'تمت متابعة القضية مع الشريك' },
      { action: 'close', changedOn: '2018-03-06', satisfaction: 'satisfied' },
    ] as const;
    for (const step of steps) {
      const result = await transitionFeedback(db.prisma, world.jalawlaStaff, { feedbackEntryId: entry.id, ...step });
      expect(result.ok, JSON.stringify(result)).toBe(true);
    }
    const after = await db.prisma.feedbackEntry.findUniqueOrThrow({
      where: { id: entry.id },
      include: { statusChanges: { orderBy: { changedAt: 'asc' } } },
    });
    expect(after).toMatchObject({
      status: 'closed',
      referredToOrganisationId: world.partner,
      satisfaction: 'satisfied',
    });
    expect(after.closedOn?.toISOString().slice(0, 10)).toBe('2018-03-06');
    expect(after.statusChanges.map((change) => `${change.fromStatus}->${change.toStatus}`)).toEqual([
      'null->received',
      'received->acknowledged',
      'acknowledged->referred',
      'referred->responded',
      'responded->closed',
    ]);
    const audits = await db.prisma.auditLog.findMany({ where: { entityId: entry.id } });
    expect(JSON.stringify(audits)).not.toContain('تمت متابعة');
  });

  it('refuses an action the lifecycle does not have, and writes nothing', async () => {
    const entry = await recorded();
    const result = await transitionFeedback(db.prisma, world.jalawlaStaff, {
      feedbackEntryId: entry.id,
      action: 'close',
      changedOn: '2018-03-01',
    });
    expect(result).toMatchObject({ ok: false, kind: 'illegal_transition', from: 'received', action: 'close' });
    expect(await db.prisma.feedbackStatusChange.count({ where: { feedbackEntryId: entry.id } })).toBe(1);
  });

  it('hides a PSEA complaint from staff without the focal-point capability: not found, exactly like an id that does not exist', async () => {
    const psea = await recorded(world.jalawlaStaff, 'psea');
    expect(psea.sensitivity).toBe('psea');
    const seen = await db.prisma.feedbackEntry.count({
      where: { AND: [{ id: psea.id }, visibleFeedbackWhere(world.jalawlaStaff)] },
    });
    expect(seen).toBe(0);
    const byStaff = await transitionFeedback(db.prisma, world.jalawlaStaff, {
      feedbackEntryId: psea.id,
      action: 'acknowledge',
      changedOn: '2018-02-27',
    });
    const unknown = await transitionFeedback(db.prisma, world.jalawlaStaff, {
      feedbackEntryId: '00000000-0000-4000-8000-000000000000',
      action: 'acknowledge',
      changedOn: '2018-02-27',
    });
    expect(byStaff).toEqual({ ...unknown, id: psea.id });
    for (const other of [FEEDBACK_ADMIN, world.baijiFocalPoint, world.partnerKey]) {
      expect(
        await db.prisma.feedbackEntry.count({ where: { AND: [{ id: psea.id }, visibleFeedbackWhere(other)] } }),
        other.name,
      ).toBe(0);
    }
  });

  it('lets the focal point of that centre see it and move it through its lifecycle, and the partner focal point once referred to it', async () => {
    const psea = await recorded(world.jalawlaStaff, 'psea');
    const focal = world.jalawlaFocalPoint;
    expect(
      await db.prisma.feedbackEntry.count({ where: { AND: [{ id: psea.id }, visibleFeedbackWhere(focal)] } }),
    ).toBe(1);
    expect(
      await db.prisma.feedbackEntry.count({
        where: { AND: [{ id: psea.id }, visibleFeedbackWhere(world.partnerFocalPoint)] },
      }),
    ).toBe(0);
    const refer = await transitionFeedback(db.prisma, focal, {
      feedbackEntryId: psea.id,
      action: 'refer',
      changedOn: '2018-02-27',
      toOrganisationId: world.partner,
    });
    expect(refer.ok).toBe(true);
    expect(
      await db.prisma.feedbackEntry.count({
        where: { AND: [{ id: psea.id }, visibleFeedbackWhere(world.partnerFocalPoint)] },
      }),
    ).toBe(1);
    const respond = await transitionFeedback(db.prisma, world.partnerFocalPoint, {
      feedbackEntryId: psea.id,
      action: 'respond',
      changedOn: '2018-02-28',
      response: 'Survivor supported through the PSEA network',
    });
    expect(respond).toMatchObject({ ok: true, value: { status: 'responded' } });
    const close = await transitionFeedback(db.prisma, focal, {
      feedbackEntryId: psea.id,
      action: 'close',
      changedOn: '2018-03-01',
      satisfaction: 'not_asked',
    });
    const reopen = await transitionFeedback(db.prisma, focal, {
      feedbackEntryId: psea.id,
      action: 'reopen',
      changedOn: '2018-03-02',
      reason: 'new information',
    });
    expect([close.ok, reopen.ok]).toEqual([true, true]);
    expect(reopen).toMatchObject({ value: { status: 'acknowledged', closedOn: null } });
  });

  it('refuses staff of another centre, bad input by field, and unknown organisations', async () => {
    const atBaiji = await recordFeedback(db.prisma, world.jalawlaStaff, complaint(world.baiji));
    expect(atBaiji).toMatchObject({ ok: false, kind: 'forbidden', field: 'centreId', reason: 'centre_not_yours' });
    const bad = await recordFeedback(db.prisma, world.jalawlaStaff, {
      ...complaint(world.jalawla),
      consentToReply: false,
      contact: null,
      channel: 'pigeon' as 'hotline',
    });
    expect(bad.ok === false && bad.kind === 'invalid' && bad.errors.map((error) => error.field)).toEqual(['channel']);
    const entry = await recorded();
    const unknownOrg = await transitionFeedback(db.prisma, world.jalawlaStaff, {
      feedbackEntryId: entry.id,
      action: 'refer',
      changedOn: '2018-02-28',
      toOrganisationId: '00000000-0000-4000-8000-000000000001',
    });
    expect(unknownOrg).toMatchObject({
      ok: false,
      kind: 'not_found',
      entity: 'Organisation',
      field: 'toOrganisationId',
    });
    expect(await db.prisma.feedbackEntry.findUniqueOrThrow({ where: { id: entry.id } })).toMatchObject({
      status: 'received',
      referredToOrganisationId: null,
    });
  });
});
