import { FEEDBACK_SENSITIVITIES } from '@crc/domain';
import type { Prisma } from '../generated/prisma/client';
import { isFeedbackFocalPoint, type FeedbackReader } from './feedback-reader';

/*
 * The one rule of who sees which feedback entry, as a Prisma filter. Lists, `node`,
 * counts, figures and the transition command all apply it, so an entry a reader may not
 * see is not there for them in any answer: not found by id, not counted, not in figures.
 *
 * - Restricted entries (sensitive, PSEA) only for feedback focal points, and only those
 *   of the centres the key is bound to (CENTRE_STAFF), or, for a key bound to an
 *   organisation (PARTNER), entries referred to it or about a centre it operates, a
 *   project it implements or a programme it leads. Not even ADMIN sees them otherwise.
 * - Standard entries: ADMIN, and the staff of the entry's centre.
 * - PUBLIC and PARTNER read no standard entries, only figures (feedbackFigureWhere).
 */

const RESTRICTED = FEEDBACK_SENSITIVITIES.filter((entry) => entry.restricted).map((entry) => entry.code);
const NOTHING: Prisma.FeedbackEntryWhereInput = { id: { in: [] } };
const STANDARD: Prisma.FeedbackEntryWhereInput = { sensitivity: { notIn: RESTRICTED } };

/** Restricted entries the reader handles as a focal point, or null when none. */
function restrictedWhere(reader: FeedbackReader): Prisma.FeedbackEntryWhereInput | null {
  if (!isFeedbackFocalPoint(reader)) return null;
  const restricted = { sensitivity: { in: RESTRICTED } };
  if (reader.role === 'CENTRE_STAFF') return { ...restricted, centreId: { in: [...reader.centreIds] } };
  const organisationId = reader.organisationId ?? '';
  return {
    ...restricted,
    OR: [
      { referredToOrganisationId: organisationId },
      { centre: { partners: { some: { organisationId } } } },
      { project: { implementingOrganisationId: organisationId } },
      { programme: { leadOrganisationId: organisationId } },
    ],
  };
}

function standardEntriesWhere(reader: FeedbackReader): Prisma.FeedbackEntryWhereInput | null {
  if (reader.role === 'ADMIN') return STANDARD;
  if (reader.role === 'CENTRE_STAFF') return { ...STANDARD, centreId: { in: [...reader.centreIds] } };
  return null;
}

function anyOf(parts: readonly (Prisma.FeedbackEntryWhereInput | null)[]): Prisma.FeedbackEntryWhereInput {
  const present = parts.filter((part): part is Prisma.FeedbackEntryWhereInput => part !== null);
  if (present.length === 0) return NOTHING;
  return present.length === 1 ? present[0]! : { OR: present };
}

/** The entries a reader may see (and act on) one by one. */
export function visibleFeedbackWhere(reader: FeedbackReader): Prisma.FeedbackEntryWhereInput {
  return anyOf([standardEntriesWhere(reader), restrictedWhere(reader)]);
}

/**
 * The entries a reader's figures count. ADMIN and centre staff count what they may see;
 * PUBLIC and PARTNER count every standard entry (through disclosure control) and, for a
 * focal point, the restricted entries they handle. Restricted entries of others are
 * never counted, so a figure cannot reveal that one exists.
 */
export function feedbackFigureWhere(reader: FeedbackReader): Prisma.FeedbackEntryWhereInput {
  if (reader.role === 'ADMIN' || reader.role === 'CENTRE_STAFF') return visibleFeedbackWhere(reader);
  return anyOf([STANDARD, restrictedWhere(reader)]);
}

/** Whether figures for this reader may include restricted categories at all. */
export function figuresIncludeRestricted(reader: FeedbackReader): boolean {
  return isFeedbackFocalPoint(reader);
}
