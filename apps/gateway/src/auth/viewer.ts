import type { Actor, Capability } from '@crc/db';
import type { Role } from './role';

/** Who is asking, as established from the request's API key (or its absence). */
export interface Viewer {
  readonly role: Role;
  /** The API key used; null for PUBLIC. */
  readonly apiKeyId: string | null;
  /** PARTNER: the organisation the key is bound to. */
  readonly organisationId: string | null;
  /** CENTRE_STAFF: the centres the key is bound to. */
  readonly centreIds: ReadonlySet<string>;
  /** Permissions beyond the role, e.g. feedback_focal_point; none when absent. */
  readonly capabilities?: ReadonlySet<Capability>;
}

export const PUBLIC_VIEWER: Viewer = Object.freeze({
  role: 'PUBLIC',
  apiKeyId: null,
  organisationId: null,
  centreIds: new Set<string>(),
});

/** The audit-log actor for writes made by this viewer. */
export function actorOf(viewer: Viewer): string {
  return viewer.apiKeyId === null ? 'public' : `api-key:${viewer.apiKeyId}`;
}

/** The viewer as the @crc/db commands see it: named in the audit log, acting for its centres. */
export function commandActor(viewer: Viewer): Actor {
  return {
    name: actorOf(viewer),
    role: viewer.role,
    centreIds: viewer.centreIds,
    organisationId: viewer.organisationId,
    ...(viewer.capabilities === undefined ? {} : { capabilities: viewer.capabilities }),
  };
}

/** Personal data of a person registered at `centreId`: ADMIN, or CENTRE_STAFF of that centre. */
export function maySeePersonalDataAt(viewer: Viewer, centreId: string): boolean {
  return viewer.role === 'ADMIN' || (viewer.role === 'CENTRE_STAFF' && viewer.centreIds.has(centreId));
}
