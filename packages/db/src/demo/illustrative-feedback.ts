import {
  FEEDBACK_CATEGORIES,
  FEEDBACK_CHANNELS,
  addCalendarDays,
  responseDueOn,
  sensitivityOfCategory,
  type FeedbackCategory,
} from '@crc/domain';
import type { Prisma } from '../generated/prisma/client';
import { dateColumn } from '../commands/date-column';
import { randomFor, stableUuid } from './random';
import { ILLUSTRATIVE_NOTE } from './sources';

/** Relative frequencies of the categories in the generated entries (PSEA rare, as it is reported). */
const CATEGORY_WEIGHTS: Readonly<Record<FeedbackCategory, number>> = {
  information_request: 30,
  assistance_request: 25,
  service_quality_complaint: 15,
  staff_conduct: 3,
  fraud: 2,
  psea: 1,
  positive_feedback: 15,
  suggestion: 9,
};

export interface IllustrativeFeedback {
  readonly entries: (Prisma.FeedbackEntryCreateManyInput & { id: string })[];
  readonly statusChanges: Prisma.FeedbackStatusChangeCreateManyInput[];
}

/**
 * Generated feedback at the demo centres, January to March 2018, flagged illustrative:
 * no document publishes individual complaints. Summaries say they are generated; no
 * contact details. Most entries are answered and closed, some late, some still open.
 */
export function generateIllustrativeFeedback(
  seed: number,
  centres: readonly { id: string; areaPcode: string }[],
  partnerIds: readonly string[],
  count = 60,
): IllustrativeFeedback {
  const random = randomFor('feedback', seed);
  const entries: IllustrativeFeedback['entries'] = [];
  const statusChanges: IllustrativeFeedback['statusChanges'] = [];
  const categories = FEEDBACK_CATEGORIES.map((category) => [category.code, CATEGORY_WEIGHTS[category.code]] as const);
  for (let index = 0; index < count && centres.length > 0; index++) {
    const id = stableUuid('illustrative', 'feedback', seed, index);
    const centre = random.pick(centres);
    const category = random.weighted(categories);
    const receivedOn = addCalendarDays('2018-01-01', random.int(0, 88));
    const due = responseDueOn(receivedOn, category);
    const steps: { action: string; to: string; days: number; toOrganisationId?: string }[] = [
      { action: 'record', to: 'received', days: 0 },
    ];
    const progress = random.int(0, 4); // 0: still received ... 4: closed
    if (progress >= 1) steps.push({ action: 'acknowledge', to: 'acknowledged', days: random.int(0, 2) });
    if (progress >= 2 && partnerIds.length > 0 && random.chance(0.5))
      steps.push({
        action: 'refer',
        to: 'referred',
        days: random.int(1, 4),
        toOrganisationId: random.pick(partnerIds),
      });
    if (progress >= 3) steps.push({ action: 'respond', to: 'responded', days: random.int(1, 20) });
    if (progress >= 4) steps.push({ action: 'close', to: 'closed', days: random.int(0, 3) });
    let day = receivedOn;
    let from: string | null = null;
    let respondedOn: string | null = null;
    let closedOn: string | null = null;
    let referredTo: string | null = null;
    steps.forEach((step, position) => {
      day = addCalendarDays(day, step.days);
      if (step.action === 'respond') respondedOn = day;
      if (step.action === 'close') closedOn = day;
      if (step.toOrganisationId) referredTo = step.toOrganisationId;
      statusChanges.push({
        id: stableUuid('illustrative', 'feedback-change', seed, index, position),
        feedbackEntryId: id,
        action: step.action,
        fromStatus: from,
        toStatus: step.to,
        changedOn: dateColumn(day),
        changedAt: new Date(`${day}T09:00:00.000Z`),
        changedBy: 'demo',
        toOrganisationId: step.toOrganisationId ?? null,
        satisfaction:
          step.action === 'close'
            ? random.pick(['satisfied', 'satisfied', 'partly_satisfied', 'not_satisfied', 'not_asked'])
            : null,
      });
      from = step.to;
    });
    const last = statusChanges[statusChanges.length - 1];
    entries.push({
      id,
      channel: random.pick(FEEDBACK_CHANNELS).code,
      category,
      sensitivity: sensitivityOfCategory(category),
      language: random.weighted([
        ['ar', 70],
        ['ckb', 20],
        ['kmr', 5],
        ['tr', 5],
      ] as const),
      status: steps[steps.length - 1]?.to ?? 'received',
      summary: ILLUSTRATIVE_NOTE,
      receivedOn: dateColumn(receivedOn),
      responseDueOn: dateColumn(due),
      respondedOn: respondedOn === null ? null : dateColumn(respondedOn),
      closedOn: closedOn === null ? null : dateColumn(closedOn),
      centreId: centre.id,
      areaPcode: centre.areaPcode,
      anonymous: random.chance(0.3),
      consentToReply: false,
      referredToOrganisationId: referredTo,
      satisfaction: last?.satisfaction ?? null,
      illustrative: true,
    });
  }
  return { entries, statusChanges };
}
