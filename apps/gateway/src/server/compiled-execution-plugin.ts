import { useGraphQlJit } from '@envelop/graphql-jit';
import {
  getOperationAST,
  getVariableValues,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import { Counter, type Registry } from 'prom-client';
import { isCompilableQuery } from './compilable-query';
import { locatedLikeGraphqlJs } from './jit-errors';
import { jitSchema } from './jit-schema';

export interface CompiledExecutionOptions {
  /** COMPILE_ON_EXECUTION: the execution of a document from which it runs compiled; 0 never compiles. */
  readonly onExecution: number;
  readonly registry: Registry;
  readonly logger: Logger;
}

/** A document graphql-jit must not run. */
const NEVER = -1;

/**
 * Runs hot query documents as JavaScript compiled by graphql-jit instead of graphql-js's
 * field-by-field executor (issue 13: a page of 50 centres executes ~100 fields, each with
 * its own info object). A document is compiled on its COMPILE_ON_EXECUTION-th execution,
 * so a stream of new documents keeps running uncompiled, and only when
 * compilable-query.ts says graphql-jit gives graphql-js's answer. Counts and compiled code
 * are kept per parsed document, weakly: they go when yoga's parse cache (LRU, 1,024
 * documents) lets the document go. Placed before every plugin that wraps execution
 * (response cache, admission), which then wrap the compiled execution.
 */
export function compiledExecutionPlugin(schema: GraphQLSchema, options: CompiledExecutionOptions): Plugin {
  const compiledExecutions = new Counter({
    name: 'gateway_compiled_executions_total',
    help: 'Query executions run by graphql-jit (COMPILE_ON_EXECUTION)',
    registers: [options.registry],
  });
  const executions = new WeakMap<DocumentNode, number>();
  const jit = useGraphQlJit(
    {},
    {
      // Not expected (the document was validated); the client gets graphql-jit's errors.
      onError: (result) => options.logger.error({ errors: result.errors }, 'graphql-jit could not compile a query'),
    },
  );

  /** Counts the execution; true when this one runs compiled. */
  function isHot({ document, operationName }: ExecutionArgs): boolean {
    const before = executions.get(document) ?? (isCompilableQuery(schema, document, operationName) ? 0 : NEVER);
    if (before === NEVER) {
      executions.set(document, NEVER);
      return false;
    }
    const count = Math.min(before + 1, options.onExecution);
    executions.set(document, count);
    return count === options.onExecution;
  }

  // Built at the first compiled execution: a start that never compiles does not pay for the copy.
  let schemaForJit: GraphQLSchema | undefined;

  return {
    onExecute(payload) {
      // envelop types the execution arguments as `any` (it does not depend on graphql).
      const args = payload.args as ExecutionArgs;
      if (options.onExecution === 0 || !isHot(args) || !hasValidVariables(schema, args)) return;
      let compiled: ((args: ExecutionArgs) => unknown) | undefined;
      void jit.onExecute?.({ ...payload, setExecuteFn: (execute) => (compiled = execute) });
      if (compiled === undefined) return;
      const execute = compiled;
      schemaForJit ??= jitSchema(schema);
      const jitArgs = { schema: schemaForJit };
      compiledExecutions.inc();
      // Wrapped by the plugins after this one (response cache, admission): only graphql-jit's own errors are reworked.
      payload.setExecuteFn(async (executed: ExecutionArgs) => {
        const result = (await execute({ ...executed, ...jitArgs })) as ExecutionResult;
        if (!result.errors?.length) return result;
        return { ...result, errors: locatedLikeGraphqlJs(result.errors, executed.document) };
      });
    },
  };
}

/**
 * Variables graphql-js accepts. Refused ones are left to graphql-js: graphql-jit words
 * the refusal differently, without the variable's location, and answers 200 instead of 400.
 */
function hasValidVariables(schema: GraphQLSchema, { document, operationName, variableValues }: ExecutionArgs) {
  const definitions = getOperationAST(document, operationName)?.variableDefinitions ?? [];
  if (definitions.length === 0) return true;
  return getVariableValues(schema, definitions, variableValues ?? {}, { maxErrors: 1 }).errors === undefined;
}
