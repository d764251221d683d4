import { IdSchema } from './id';
import { TimestampSchema } from './timestamp';

/** The fields every stored entity has; create inputs leave them out. */
export const ENTITY_FIELDS = {
  id: IdSchema,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
};
