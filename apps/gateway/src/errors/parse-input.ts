import type { z } from 'zod';
import type { GatewayContext } from '../context';
import { InputValidationError } from './input-validation-error';

/**
 * Validates a mutation's input with a domain schema. On failure throws an
 * InputValidationError whose issues name each field and reason in the caller's language.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, context: GatewayContext): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = context.i18n.translateIssues(result.error, { input });
  throw new InputValidationError(context.i18n.t('gateway.invalidInput', { count: issues.length }), issues);
}
