import { getArea, type AdminArea } from '@crc/domain';
import type { GatewayContext } from '../../context';
import { badInput } from './bad-input';

/**
 * The area a filter's `areaPcode` names (spaces and letter case forgiven). An unknown
 * p-code is an error rather than "nothing there": p-codes are a closed list.
 */
export function filterArea(areaPcode: string, context: GatewayContext): AdminArea {
  const area = getArea(areaPcode.trim().toUpperCase());
  if (area === undefined)
    throw badInput(
      context.i18n.t('gateway.notFound', { entity: context.i18n.t('field.areaPcode'), id: areaPcode }),
      'filter.areaPcode',
    );
  return area;
}
