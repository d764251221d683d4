import type { StandardSchemaV1 } from '@pothos/plugin-validation';
import type { GatewayContext } from '../context';
import { argumentValidationError } from './argument-validation-error';

/**
 * Arguments checked by a domain schema inside the resolver, for the rules a field's
 * `validate` cannot apply because they depend on the viewer (protected figures) or on
 * the data (a series' default rounds). Refused in the validation plugin's own shape
 * (argumentValidationError); `at` prefixes the issues' paths (`filter`).
 */
export function validArguments<S extends StandardSchemaV1>(
  schema: S,
  value: StandardSchemaV1.InferInput<S>,
  context: GatewayContext,
  at: readonly string[] = [],
): StandardSchemaV1.InferOutput<S> {
  const result = schema['~standard'].validate(value);
  if (result instanceof Promise) throw new TypeError('argument schemas are synchronous');
  if (result.issues !== undefined) {
    const issues = result.issues.map((issue) => ({ ...issue, path: [...at, ...(issue.path ?? [])] }));
    throw argumentValidationError({ issues }, context);
  }
  return result.value;
}
