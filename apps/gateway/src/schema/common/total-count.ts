import type { SchemaTypes } from '@pothos/core';
import type { builder } from '../../builder';

type GatewayTypes =
  typeof builder extends PothosSchemaTypes.SchemaBuilder<infer Types extends SchemaTypes> ? Types : never;
type FieldBuilder<Parent> = PothosSchemaTypes.ObjectFieldBuilder<GatewayTypes, Parent>;

/**
 * A described `totalCount` for connections built with `totalCount` by the prisma plugin
 * (whose own field carries no description, and every field of the schema must have one).
 * Pass it as the connection's `fields`; it replaces the plugin's field of the same name.
 * The extension tells the plugin that a selection of `totalCount` alone needs no rows.
 */
export function describedTotalCount(
  description: string,
): <Parent>(t: FieldBuilder<Parent>) => { totalCount: ReturnType<FieldBuilder<Parent>['int']> } {
  return (t) => ({
    totalCount: t.int({
      description,
      extensions: { pothosPrismaTotalCount: true },
      resolve: async (connection) => {
        // prismaConnection hands over a function, relatedConnection a value (or its promise).
        const { totalCount } = connection as {
          totalCount?: number | Promise<number> | (() => number | Promise<number>);
        };
        return (typeof totalCount === 'function' ? await totalCount() : await totalCount) ?? 0;
      },
    }),
  });
}
