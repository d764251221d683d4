import { GraphQLError } from 'graphql';

/** A top-level BAD_USER_INPUT error for a query argument, naming the argument (e.g. `filter.areaPcode`). */
export function badInput(message: string, field: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } });
}
