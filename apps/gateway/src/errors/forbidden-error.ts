import { GraphQLError } from 'graphql';

/** A field the viewer's role may not read or a mutation it may not run; code FORBIDDEN. */
export class ForbiddenError extends GraphQLError {
  constructor(message: string, fieldName: string) {
    super(message, { extensions: { code: 'FORBIDDEN', field: fieldName } });
    this.name = 'ForbiddenError';
  }
}
