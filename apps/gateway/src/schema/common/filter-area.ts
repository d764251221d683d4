import { KnownAreaPcodeSchema, requireArea, type AdminArea } from '@crc/domain';
import type { GatewayContext } from '../../context';
import { validArguments } from '../../errors/valid-arguments';

/**
 * The area an `areaPcode` argument names. Its field's `validate: KnownAreaPcodeSchema`
 * refuses an unknown p-code before the resolver runs; the same schema here keeps that
 * refusal (same rule, same error) for a caller whose field lacks it.
 */
export function filterArea(areaPcode: string, context: GatewayContext, field = 'filter.areaPcode'): AdminArea {
  return requireArea(validArguments(KnownAreaPcodeSchema, areaPcode, context, field.split('.')));
}
