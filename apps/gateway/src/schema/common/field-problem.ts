import type { MessageKey } from '@crc/i18n';
import type { GatewayContext } from '../../context';
import { InputValidationError } from '../../errors/input-validation-error';

/**
 * A ValidationError for one field, for rules only the database can check (a code
 * already taken, an amount too large to store), in the request's language.
 */
export function fieldProblem(
  context: GatewayContext,
  field: string,
  messageKey: MessageKey,
  values: Record<string, string | number> = {},
): InputValidationError {
  const labelKey = `field.${field.split('.').pop() ?? field}` as MessageKey;
  const label = context.i18n.t(labelKey);
  const message = context.i18n.t(messageKey, { ...values, field: label });
  return new InputValidationError(context.i18n.t('gateway.invalidInput', { count: 1 }), [
    { field, label, message, code: 'custom', sourceMessage: undefined },
  ]);
}
