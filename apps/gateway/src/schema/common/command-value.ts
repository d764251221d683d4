import type { CommandResult, Forbidden, InputError, RecordRule } from '@crc/db';
import type { MessageKey, TranslatedIssue } from '@crc/i18n';
import type { GatewayContext } from '../../context';
import { ForbiddenError } from '../../errors/forbidden-error';
import { InputValidationError } from '../../errors/input-validation-error';
import { recordNotFound } from './record-not-found';

/** How the request's language words each rule a command checks beyond its schema. */
const RULE_MESSAGES: Readonly<Record<RecordRule, MessageKey>> = {
  code_in_use: 'gateway.codeInUse',
  too_many_digits: 'gateway.amountTooLarge',
  project_in_other_programme: 'gateway.projectInOtherProgramme',
  required: 'validation.required',
};

function fieldLabel(context: GatewayContext, field: string): string {
  return context.i18n.t(`field.${field.split('.').pop() ?? field}` as MessageKey);
}

/** One InputError in the request's language: zod's issue through the shared translator, a rule through its message. */
function translated(error: InputError, context: GatewayContext): TranslatedIssue {
  if (error.issue !== undefined) {
    const [issue] = context.i18n.translateIssues([error.issue]);
    if (issue !== undefined) return issue;
  }
  const label = fieldLabel(context, error.field);
  const key = RULE_MESSAGES[error.reason as RecordRule] ?? 'validation.invalid';
  return { field: error.field, label, message: context.i18n.t(key, { ...error.values, field: label }), code: error.reason, sourceMessage: error.message };
}

function forbiddenError(failure: Forbidden, context: GatewayContext): ForbiddenError {
  const message =
    failure.reason === 'centre_not_yours'
      ? context.i18n.t('gateway.centreNotYours', { centreId: failure.id ?? '' })
      : failure.reason === 'person_not_yours'
        ? context.i18n.t('gateway.personNotYours')
        : context.i18n.t('gateway.forbidden', { field: failure.field });
  return new ForbiddenError(message, failure.field);
}

/**
 * A command's value, or its failure thrown as the error type the mutation's result
 * union lists (Pothos errors plugin): ValidationError, NotFoundError, ForbiddenError.
 * A command's own failures (an illegal transition, ...) are the resolver's to map first.
 */
export function commandValue<T>(result: CommandResult<T>, context: GatewayContext): T {
  if (result.ok) return result.value;
  switch (result.kind) {
    case 'invalid': {
      const issues = result.errors.map((error) => translated(error, context));
      throw new InputValidationError(context.i18n.t('gateway.invalidInput', { count: issues.length }), issues);
    }
    case 'not_found':
      throw recordNotFound(context, result.entity, result.field, result.id);
    case 'forbidden':
      throw forbiddenError(result, context);
  }
}
