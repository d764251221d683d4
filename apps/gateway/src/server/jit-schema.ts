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
  /** True for a link of the tree shared by every request; false for one of a request's own. */
  readonly global: boolean;
  children: Map<string | number, SharedLink> | undefined;
}

export interface JitSchemaOptions {
  /**
   * How many response path links are shared by every request (default 10,000). Past that,
   * new paths get links of their own request, as graphql-js gives them, so a client sending
   * ever new documents or aliases cannot grow the shared tree without bound.
   */
  readonly sharedLinks?: number;
}

/** The map key of a link beneath its parent: its response key, and its parent type when the path names one. */
function childKey(path: Path): string | number {
  // graphql-jit's paths name no type (and documents with abstract types are not compiled).
  return path.typename === undefined ? path.key : `${path.typename}\u0000${String(path.key)}`;
}

/**
 * The schema graphql-jit compiles against: the gateway's, each resolver given the `info`
 * graphql-js would give it. graphql-jit builds a new response path, links and all, for
 * every resolver call; Pothos' prisma plugin finds the selection a row was loaded with
 * by the identity of the path links above a field (selection-mapper's loader map), so
 * under graphql-jit nested relations missed it and loaded again (no-n-plus-one.test.ts:
 * 6 statements instead of 4). Here the path of every field that may record or look one up
 * is swapped for one link per parent link and key, and its `info` names the gateway's own
 * schema and types, not this copy's. Wrapping every field instead cost what compiling saved
 * (bench:cpu-per-request, side by side).
 *
 * The links are shared by all requests, not built per request (up to `sharedLinks` of
 * them): a link's parent, key and type never change, and what Pothos records against a link is
 * kept per request context (selection-mapper's `scopes` and `rows`) or is the link's
 * path string, the same for every request (`responsePath`, memoised per link, then hits
 * from the second request on). Concurrent requests with different selections under the
 * same paths keep their own rows (jit-schema.test.ts). Issue 13, the partner centres query:
 * ~-50 us CPU per request (ab.mjs, see the commit).
 */
export function jitSchema(schema: GraphQLSchema, { sharedLinks = 10_000 }: JitSchemaOptions = {}): GraphQLSchema {
  const roots = new Map<string | number, SharedLink>();
  let linkCount = 0;
  /** Per request: its own links beneath a shared link (or the root) once the shared tree is full. */
  const ownLinks = new WeakMap<object, Map<SharedLink | typeof roots, Map<string | number, SharedLink>>>();

  /** The children of a shared `prev` (or the roots) that are the request's own. */
  function ownChildren(context: object, prev: SharedLink | undefined) {
    let byParent = ownLinks.get(context);
    if (byParent === undefined) {
      byParent = new Map();
      ownLinks.set(context, byParent);
    }
    const parent = prev ?? roots;
    let byKey = byParent.get(parent);
    if (byKey === undefined) {
      byKey = new Map();
      byParent.set(parent, byKey);
    }
    return byKey;
  }

  /** The link graphql-js would have passed: one per parent link and key. */
  function shared(context: object, path: Path): SharedLink {
    const prev = path.prev === undefined ? undefined : shared(context, path.prev);
    const key = childKey(path);
    const byKey = prev === undefined ? roots : prev.children;
    let link = byKey?.get(key);
    if (link !== undefined) return link;
    if (prev !== undefined && !prev.global) {
      // Beneath a request's own link: the request's own too.
      link = { prev, key: path.key, typename: path.typename, global: false, children: undefined };
      (prev.children ??= new Map()).set(key, link);
      return link;
    }
    if (linkCount < sharedLinks) {
      linkCount += 1;
      link = { prev, key: path.key, typename: path.typename, global: true, children: undefined };
      if (prev === undefined) roots.set(key, link);
      else (prev.children ??= new Map()).set(key, link);
      return link;
    }
    const own = ownChildren(context, prev);
    link = own.get(key);
    if (link === undefined) {
      link = { prev, key: path.key, typename: path.typename, global: false, children: undefined };
      own.set(key, link);
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
