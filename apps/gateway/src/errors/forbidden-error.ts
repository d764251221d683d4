import { GraphQLError } from 'graphql';

/** A field the viewer's role may not read or a mutation it may not run; code FORBIDDEN. */
export class ForbiddenError extends GraphQLError {
  constructor(
    message: string,
    /** The field or input field refused (also in the error's extensions). */
    readonly field: string,
  ) {
    super(message, { extensions: { code: 'FORBIDDEN', field } });
    this.name = 'ForbiddenError';
  }
}
