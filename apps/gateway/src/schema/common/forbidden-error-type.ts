import { builder } from '../../builder';
import { ForbiddenError } from '../../errors/forbidden-error';
import { ErrorInterface } from './errors';

/**
 * ForbiddenError as a mutation result: a CENTRE_STAFF key naming a centre or a person
 * outside the centres it is bound to. (A role refused outright, e.g. PUBLIC calling a
 * mutation, still gets a top-level FORBIDDEN error from scope-auth.)
 */
builder.objectType(ForbiddenError, {
  name: 'ForbiddenError',
  description:
    'The caller’s key may not act on the record the input names (another centre, or a role that may not write it); nothing was written. A person the key may not see is a NotFoundError, as for an id nobody has.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    field: t.string({
      description: 'The input field naming the record, e.g. `beneficiaryId`.',
      resolve: (error) => error.field,
    }),
  }),
});
