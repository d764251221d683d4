import type { Prisma } from '../generated/prisma/client';

/** The columns a feedback command returns: every column; callers pick what their reader may see. */
export const FEEDBACK_RECORD = {
  id: true,
  channel: true,
  category: true,
  sensitivity: true,
  language: true,
  status: true,
  summary: true,
  receivedOn: true,
  responseDueOn: true,
  respondedOn: true,
  closedOn: true,
  areaPcode: true,
  centreId: true,
  projectId: true,
  programmeId: true,
  beneficiaryId: true,
  anonymous: true,
  consentToReply: true,
  contactName: true,
  contactPhone: true,
  contactEmail: true,
  referredToOrganisationId: true,
  referredToPerson: true,
  satisfaction: true,
  illustrative: true,
  createdAt: true,
  updatedAt: true,
} as const satisfies Prisma.FeedbackEntrySelect;

export type FeedbackRecord = Prisma.FeedbackEntryGetPayload<{ select: typeof FEEDBACK_RECORD }>;

/**
 * What the audit log keeps of an entry: codes, dates and ids of places, never what the
 * person said, who they are or how to reach them (only whether a link or contact exists).
 */
export function feedbackAuditView(entry: FeedbackRecord) {
  return {
    channel: entry.channel,
    category: entry.category,
    sensitivity: entry.sensitivity,
    language: entry.language,
    status: entry.status,
    receivedOn: entry.receivedOn,
    responseDueOn: entry.responseDueOn,
    closedOn: entry.closedOn,
    centreId: entry.centreId,
    projectId: entry.projectId,
    programmeId: entry.programmeId,
    areaPcode: entry.areaPcode,
    anonymous: entry.anonymous,
    consentToReply: entry.consentToReply,
    linkedToPerson: entry.beneficiaryId !== null,
    contactGiven: entry.contactName !== null || entry.contactPhone !== null || entry.contactEmail !== null,
    referredToOrganisationId: entry.referredToOrganisationId,
    satisfaction: entry.satisfaction,
  };
}
