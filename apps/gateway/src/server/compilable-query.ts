import {
  getNamedType,
  getOperationAST,
  isAbstractType,
  isObjectType,
  Kind,
  OperationTypeNode,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  BREAK,
  type DocumentNode,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/**
 * Object types whose `isTypeOf` reads the value only. graphql-jit calls `isTypeOf(value)`
 * without the context and info, synchronously, outside any try/catch: scope-auth's
 * `runScopesOnType` check (Beneficiary, Household, ...) then throws a TypeError inside a
 * promise callback, the operation never settles, and an asynchronous check would pass
 * unawaited (a promise is truthy). So a type with an `isTypeOf` is compiled only if listed.
 */
const VALUE_ONLY_IS_TYPE_OF = new Set(['AdminArea']);

/**
 * Whether graphql-jit may run this document with the same answer as graphql-js: one
 * operation (@envelop/graphql-jit keeps one compiled operation per document, whatever the
 * operationName), a query (mutations and subscriptions stay with graphql-js), reaching no
 * abstract type (graphql-jit does not await `resolveType`) and no object type whose
 * `isTypeOf` needs the context.
 */
export function isCompilableQuery(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
): boolean {
  const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1) return false;
  if (getOperationAST(document, operationName)?.operation !== OperationTypeNode.QUERY) return false;
  let compilable = true;
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        const type = getNamedType(typeInfo.getType());
        if (type === undefined || isAbstractType(type) || (isObjectType(type) && !isTypeOfSafe(type))) {
          compilable = false;
          return BREAK;
        }
        return undefined;
      },
    }),
  );
  return compilable;
}

function isTypeOfSafe(type: GraphQLObjectType): boolean {
  return type.isTypeOf === undefined || VALUE_ONLY_IS_TYPE_OF.has(type.name);
}
