import type { ComplexityResult } from '@pothos/plugin-complexity';
import {
  getDirectiveValues,
  getOperationAST,
  GraphQLError,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  type DocumentNode,
  type ExecutionArgs,
  type FieldNode,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { OperationComplexity, type Variables } from './operation-complexity';

export interface ComplexityLimits {
  /** MAX_COMPLEXITY: Pothos complexity, a list field multiplying what it selects by 10. */
  readonly complexity: number;
  /** MAX_DEPTH: fields nested in one another. */
  readonly depth: number;
}

/**
 * Refuses an operation over MAX_DEPTH or MAX_COMPLEXITY (Pothos' complexity plugin's
 * measure) before anything executes. Pothos' plugin checked it in every root field's
 * resolver and measured the operation again for each request (its cache lives in the
 * context); here it is measured once per parsed operation and variables
 * (operation-complexity.ts). The refusal is what clients got from Pothos' plugin: its
 * message, located at the first root field, no data.
 */
export function complexityLimitPlugin(schema: GraphQLSchema, limits: ComplexityLimits): Plugin {
  const complexity = new OperationComplexity(schema);
  return {
    onExecute({ args, setResultAndStopExecution }) {
      // envelop types the execution arguments as `any` (it does not depend on graphql).
      const { document, operationName, variableValues } = args as ExecutionArgs;
      const operation = getOperationAST(document, operationName);
      if (!operation) return;
      const measured = complexity.of(document, operation, variableValues);
      const message = measured === undefined ? undefined : refusalOf(measured, limits);
      if (message === undefined) return;
      // Pothos checked in root fields' resolvers: an operation of `__typename` alone was never refused.
      const field = firstRootField(document, operation.selectionSet, variableValues);
      if (field === undefined) return;
      setResultAndStopExecution({
        errors: [new GraphQLError(message, { nodes: field, path: [field.alias?.value ?? field.name.value] })],
        data: null,
      });
    },
  };
}

/** Pothos' messages, depth checked first as Pothos did. */
function refusalOf(measured: ComplexityResult, limits: ComplexityLimits): string | undefined {
  if (measured.depth > limits.depth) {
    return `Query exceeds maximum depth (depth: ${measured.depth}, max: ${limits.depth})`;
  }
  if (measured.complexity > limits.complexity) {
    return `Query exceeds maximum complexity (complexity: ${measured.complexity}, max: ${limits.complexity})`;
  }
  return undefined;
}

/** The first root field that executes (fragments followed, @skip and @include applied), `__typename` aside. */
function firstRootField(
  document: DocumentNode,
  selectionSet: SelectionSetNode,
  variables: Variables,
): FieldNode | undefined {
  for (const selection of selectionSet.selections) {
    if (getDirectiveValues(GraphQLSkipDirective, selection, variables)?.if === true) continue;
    if (getDirectiveValues(GraphQLIncludeDirective, selection, variables)?.if === false) continue;
    if (selection.kind === Kind.FIELD) {
      if (!selection.name.value.startsWith('__')) return selection;
      continue;
    }
    const fragment =
      selection.kind === Kind.INLINE_FRAGMENT
        ? selection
        : document.definitions.find(
            (definition) =>
              definition.kind === Kind.FRAGMENT_DEFINITION && definition.name.value === selection.name.value,
          );
    if (fragment && 'selectionSet' in fragment) {
      const field = firstRootField(document, fragment.selectionSet, variables);
      if (field) return field;
    }
  }
  return undefined;
}
