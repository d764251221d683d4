import type { MessageKey } from '@crc/i18n';
import type { GatewayContext } from '../../context';
import { NotFoundError } from '../../errors/not-found-error';

/**
 * The NotFoundError for an input field that names a missing record, e.g.
 * `recordNotFound(context, 'Programme', 'programmeId', id)`: "No Programme has the id …",
 * with the entity named by the field's label in the request's language.
 */
export function recordNotFound(context: GatewayContext, entity: string, field: string, id: string): NotFoundError {
  const label = context.i18n.t(`field.${field}` as MessageKey);
  return new NotFoundError(context.i18n.t('gateway.notFound', { entity: label, id }), entity, id);
}
