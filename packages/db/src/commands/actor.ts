import type { Role } from '../generated/prisma/enums';
import type { Capability } from './capabilities';

/** Who runs a command: what the audit log names, and what the actor may act on. */
export interface Actor {
  /** As the audit log and status histories name the actor: `api-key:<id>`, `cli:<user>`, `import:<batch id>`, `system`. */
  readonly name: string;
  readonly role: Role;
  /** CENTRE_STAFF: the centres the actor works for (ADMIN acts on every centre). */
  readonly centreIds: ReadonlySet<string>;
  /** PARTNER: the organisation the actor works for. */
  readonly organisationId?: string | null;
  /** Permissions beyond the role (e.g. feedback_focal_point); none when absent. */
  readonly capabilities?: ReadonlySet<Capability>;
}

/** Records of this centre and of the people registered there: ADMIN, or CENTRE_STAFF of that centre. */
export function mayActAt(actor: Actor, centreId: string): boolean {
  return actor.role === 'ADMIN' || (actor.role === 'CENTRE_STAFF' && actor.centreIds.has(centreId));
}

/** For scripts, seeds and CLIs run by an operator: acts as ADMIN, named in the audit log. */
export function systemActor(name = 'system'): Actor {
  return { name, role: 'ADMIN', centreIds: new Set() };
}
