import type { TranslatedIssue } from '@crc/i18n';
import { builder } from '../../builder';
import { InputValidationError } from '../../errors/input-validation-error';
import { NotFoundError } from '../../errors/not-found-error';

/** Mutation results are unions of a success type and these typed errors (Pothos errors plugin). */
export const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
  description: 'A problem a mutation reports as data, with a message in the request’s language.',
  fields: (t) => ({
    message: t.exposeString('message', { description: 'What went wrong, in the request’s language.' }),
  }),
});

const FieldIssueRef = builder.objectRef<TranslatedIssue>('FieldIssue').implement({
  description: 'One problem with one input field.',
  fields: (t) => ({
    field: t.exposeString('field', {
      description: 'Dotted path of the field in the input, e.g. `dateOfBirth`; empty for the whole input.',
    }),
    label: t.exposeString('label', { description: 'The field’s label in the request’s language.' }),
    message: t.exposeString('message', { description: 'The reason, in the request’s language.' }),
    code: t.exposeString('code', { description: 'Machine-readable reason, e.g. `too_small`, `invalid_value`.' }),
  }),
});

builder.objectType(InputValidationError, {
  name: 'ValidationError',
  description: 'The input was refused; nothing was written. `issues` names each bad field and why.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    issues: t.field({
      type: [FieldIssueRef],
      description: 'Every problem found, one per field and reason.',
      resolve: (error) => error.issues,
    }),
  }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  description: 'A record the input refers to does not exist or is not visible to the caller; nothing was written.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    entity: t.exposeString('entity', { description: 'Kind of record, e.g. `Centre`.' }),
    id: t.exposeString('id', { description: 'The id that was not found.' }),
  }),
});

/** The errors every mutation can return; add domain-specific ones per mutation. */
export const COMMON_MUTATION_ERRORS = [InputValidationError, NotFoundError] as const;
