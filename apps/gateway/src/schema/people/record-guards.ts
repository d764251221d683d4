import type { Prisma } from '@crc/db';
import type { GatewayContext } from '../../context';
import { ForbiddenError } from '../../errors/forbidden-error';
import { recordNotFound } from '../common/record-not-found';
import { mayActAt } from './people-access';

type Tx = Prisma.TransactionClient;

/*
 * The records a people mutation names, checked inside its transaction in the order a
 * caller can fix them: does it exist (NotFoundError), may this key act on it
 * (ForbiddenError). Centres are public; people are checked by the @crc/db commands,
 * which answer another centre's person as not found.
 */

/** The centre named by `field`, which the viewer must be bound to (ADMIN: any). */
export async function requireOwnCentre(tx: Tx, context: GatewayContext, centreId: string, field: string): Promise<void> {
  const centre = await tx.centre.findUnique({ where: { id: centreId }, select: { id: true } });
  if (centre === null) throw recordNotFound(context, 'Centre', field, centreId);
  if (!mayActAt(context.viewer, centreId)) throw new ForbiddenError(context.i18n.t('gateway.centreNotYours', { centreId }), field);
}
