import { MapperKind, mapSchema } from '@graphql-tools/utils';
import {
  getNamedType,
  isCompositeType,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';

type Path = GraphQLResolveInfo['path'];

/** A response path link shared by the fields beneath it, as graphql-js shares them. */
interface SharedLink {
  readonly prev: SharedLink | undefined;
  readonly key: string | number;
  readonly typename: string | undefined;
  children: Map<string | number, SharedLink> | undefined;
}

/**
 * The schema graphql-jit compiles against: the gateway's, each resolver given the `info`
 * graphql-js would give it. graphql-jit builds a new response path, links and all, for
 * every resolver call; Pothos' prisma plugin finds the selection a row was loaded with
 * by the identity of the path links above a field (selection-mapper's loader map), so
 * under graphql-jit nested relations missed it and loaded again (no-n-plus-one.test.ts:
 * 6 statements instead of 4). Here the path of every field that may record or look one up
 * is swapped for the one link per parent link and key that graphql-js shares, and its
 * `info` names the gateway's own schema and types, not this copy's. Wrapping every field
 * instead cost what compiling saved (bench:cpu-per-request, side by side).
 */
export function jitSchema(schema: GraphQLSchema): GraphQLSchema {
  const roots = new WeakMap<object, Map<string | number, SharedLink>>();

  /** The link graphql-js would have passed: one per parent link and key, built once per request. */
  function shared(context: object, path: Path): SharedLink {
    const prev = path.prev === undefined ? undefined : shared(context, path.prev);
    let byKey = prev === undefined ? roots.get(context) : prev.children;
    if (byKey === undefined) {
      byKey = new Map();
      if (prev === undefined) roots.set(context, byKey);
      else prev.children = byKey;
    }
    let link = byKey.get(path.key);
    if (link === undefined) {
      link = { prev, key: path.key, typename: path.typename, children: undefined };
      byKey.set(path.key, link);
    }
    return link;
  }

  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field, fieldName, typeName) => {
      const resolve = field.resolve;
      const parentType = schema.getType(typeName);
      if (resolve === undefined || !isObjectType(parentType)) return field;
      const returnType: GraphQLOutputType = parentType.getFields()[fieldName]!.type;
      // A field of objects, or one that selects columns; a leaf resolver (most calls) is called as it is.
      if (!isCompositeType(getNamedType(returnType)) && field.extensions?.pothosPrismaSelect === undefined)
        return field;
      const withGraphqlJsInfo: GraphQLFieldResolver<unknown, object> = (parent, args, context, info) => {
        const own = info as { -readonly [K in keyof GraphQLResolveInfo]: GraphQLResolveInfo[K] };
        own.path = shared(context, info.path);
        own.schema = schema;
        own.parentType = parentType;
        own.returnType = returnType;
        return resolve(parent, args, context, own);
      };
      return { ...field, resolve: withGraphqlJsInfo };
    },
  });
}
