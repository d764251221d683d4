import type { CommandResult, CommonFailure, Forbidden, InputError, NotFound, RecordRule } from '@crc/db';
import type { MessageKey, TranslatedIssue } from '@crc/i18n';
import type { GatewayContext } from '../../context';
import { ForbiddenError } from '../../errors/forbidden-error';
import { InputValidationError } from '../../errors/input-validation-error';
import { NotFoundError } from '../../errors/not-found-error';
import { recordNotFound } from './record-not-found';

/** How the request's language words each rule a command checks beyond its schema. */
const RULE_MESSAGES: Readonly<Record<RecordRule, MessageKey>> = {
  code_in_use: 'gateway.codeInUse',
  too_many_digits: 'gateway.amountTooLarge',
  project_in_other_programme: 'gateway.projectInOtherProgramme',
  required: 'validation.required',
  in_other_household: 'gateway.inOtherHousehold',
  other_centre: 'gateway.otherCentre',
  not_a_member: 'gateway.notAMember',
  is_head: 'gateway.isHead',
  consent_withdrawn: 'gateway.consentWithdrawn',
  erased_person: 'gateway.erasedPerson',
  merged_person: 'gateway.mergedPerson',
  already_decided: 'gateway.alreadyDecided',
  not_in_pair: 'gateway.notInPair',
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
  return {
    field: error.field,
    label,
    message: context.i18n.t(key, { ...error.values, field: label }),
    code: error.reason,
    sourceMessage: error.message,
  };
}

/** Records a mutation names by its `id` argument, which has no field label of its own. */
const NOT_FOUND_BY_ID: Readonly<Partial<Record<string, MessageKey>>> = { Referral: 'gateway.referralNotFound' };

function notFoundError(failure: NotFound, context: GatewayContext): Error {
  const byId = failure.field === 'id' ? NOT_FOUND_BY_ID[failure.entity] : undefined;
  return byId === undefined
    ? recordNotFound(context, failure.entity, failure.field, failure.id)
    : new NotFoundError(context.i18n.t(byId, { id: failure.id }), failure.entity, failure.id);
}

function forbiddenError(failure: Forbidden, context: GatewayContext): ForbiddenError {
  const message =
    failure.reason === 'centre_not_yours'
      ? context.i18n.t('gateway.centreNotYours', { centreId: failure.id ?? '' })
      : context.i18n.t('gateway.forbidden', { field: failure.field });
  return new ForbiddenError(message, failure.field);
}

type Failure = { readonly ok: false; readonly kind: string };

/**
 * A command's value, or its failure thrown as the error type the mutation's result
 * union lists (Pothos errors plugin): ValidationError, NotFoundError, ForbiddenError.
 * A command's own failures (an illegal transition, ...) go through `own`.
 */
export function commandValue<T, F extends Failure = CommonFailure>(
  result: CommandResult<T, F>,
  context: GatewayContext,
  own?: (failure: Exclude<F, CommonFailure>) => Error,
): T {
  if (result.ok) return result.value;
  const failure = result as Failure as CommonFailure;
  switch (failure.kind) {
    case 'invalid': {
      const issues = failure.errors.map((error) => translated(error, context));
      throw new InputValidationError(context.i18n.t('gateway.invalidInput', { count: issues.length }), issues);
    }
    case 'not_found':
      throw notFoundError(failure, context);
    case 'forbidden':
      throw forbiddenError(failure, context);
    default:
      if (own === undefined) throw new Error(`unmapped command failure ${(result as Failure).kind}`);
      throw own(result as Exclude<F, CommonFailure>);
  }
}
