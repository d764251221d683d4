import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './index';

/** The schema as SDL, sorted, as committed in schema.graphql. */
export function printedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
