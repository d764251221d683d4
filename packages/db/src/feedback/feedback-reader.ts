import type { Role } from '../generated/prisma/enums';
import type { Capability } from '../commands/capabilities';

/**
 * Who reads or acts on feedback: a role, the centres or organisation the key is bound
 * to and its capabilities. A command Actor and a gateway Viewer both fit.
 */
export interface FeedbackReader {
  readonly role: Role;
  readonly centreIds: ReadonlySet<string>;
  readonly organisationId?: string | null;
  readonly capabilities?: ReadonlySet<Capability>;
}

/** A designated feedback focal point: the capability, on a key bound to centres or to an organisation. */
export function isFeedbackFocalPoint(reader: FeedbackReader): boolean {
  if (!(reader.capabilities?.has('feedback_focal_point') ?? false)) return false;
  return (
    (reader.role === 'CENTRE_STAFF' && reader.centreIds.size > 0) ||
    (reader.role === 'PARTNER' && Boolean(reader.organisationId))
  );
}
