import { complexityFromQuery, type ComplexityResult } from '@pothos/plugin-complexity';
import { Kind, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';

export type Variables = Record<string, unknown> | null | undefined;

/** Variables longer than this as JSON are not a cache key: their operation's complexity is worked out each time. */
const MAX_VARIABLES_KEY_LENGTH = 2000;

/** Variables remembered per operation, so a caller varying them cannot grow the cache. */
const MAX_VARIABLES_PER_OPERATION = 32;

/**
 * The Pothos complexity (cost, depth, breadth) of an operation, worked out once per parsed
 * operation and variables instead of once per request: yoga's parser cache hands out the
 * same document for the same query, and the result depends on nothing else (a field's
 * complexity may depend on its arguments, never on the caller).
 */
export class OperationComplexity {
  private readonly byOperation = new WeakMap<OperationDefinitionNode, Map<string, ComplexityResult>>();

  constructor(private readonly schema: GraphQLSchema) {}

  /** Undefined when it cannot be worked out (variables that do not coerce): execution reports those. */
  of(document: DocumentNode, operation: OperationDefinitionNode, variables: Variables): ComplexityResult | undefined {
    const key = variablesKey(operation, variables);
    if (key === undefined) return this.compute(document, operation, variables);
    let byVariables = this.byOperation.get(operation);
    const cached = byVariables?.get(key);
    if (cached) return cached;
    const result = this.compute(document, operation, variables);
    if (result === undefined) return undefined;
    if (byVariables === undefined) {
      byVariables = new Map();
      this.byOperation.set(operation, byVariables);
    }
    if (byVariables.size < MAX_VARIABLES_PER_OPERATION) byVariables.set(key, result);
    return result;
  }

  private compute(
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Variables,
  ): ComplexityResult | undefined {
    // complexityFromQuery measures a document's first operation: this one, with the fragments.
    const definitions = [
      operation,
      ...document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION),
    ];
    try {
      return complexityFromQuery(
        { kind: Kind.DOCUMENT, definitions },
        { schema: this.schema, variables: variables ?? {} },
      );
    } catch {
      return undefined;
    }
  }
}

/** '' for an operation without variables (none reaches an argument); undefined when they are too long to be a key. */
function variablesKey(operation: OperationDefinitionNode, variables: Variables): string | undefined {
  if (!operation.variableDefinitions?.length) return '';
  const json = JSON.stringify(variables ?? {});
  return json.length > MAX_VARIABLES_KEY_LENGTH ? undefined : json;
}
