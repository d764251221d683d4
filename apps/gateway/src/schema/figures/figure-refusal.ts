import type { FigureInputError } from '@crc/db';
import type { GatewayContext } from '../../context';
import { argumentRefusal } from '../../errors/argument-validation-error';

/**
 * A figure aggregation's refusal of its arguments (a typed FigureInputError naming the
 * argument at fault, decided on the arguments alone) as the argument error every field
 * answers; `names` maps the aggregation's names to the field's (`brackets` -> `ageBrackets`).
 */
export function figureRefusal(
  error: FigureInputError,
  context: GatewayContext,
  names: Readonly<Record<string, string>> = {},
): Error {
  return argumentRefusal(
    { field: names[error.field] ?? error.field, rule: error.reason, message: error.message, values: error.values },
    context,
  );
}
