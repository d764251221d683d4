import type { DocumentNode, ExecutionResult, GraphQLSchema } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { Registry } from 'prom-client';
import { methodLabel, routeLabel } from './metrics-labels';
import { registerMetricsSeries } from './metrics-series';
import { OperationSeriesCache, type OperationSeries } from './operation-series';
import type { RequestStep } from './request-steps';

/**
 * The metrics' plugin, and the step that notes when a request arrived (the start of
 * `graphql_yoga_http_duration`): one of the steps of the gateway's one onRequest hook
 * (request-steps.ts), the last, where the metrics' own onRequest hook ran after the
 * rate limit and the body size check.
 */
export interface GatewayMetrics {
  readonly plugin: Plugin;
  readonly arrivalStep: RequestStep;
  /** The execute phase's observation, an observer of oneExecuteObserver; placed where the plugin is. */
  readonly execution: Plugin;
}

export interface MetricsPluginOptions {
  readonly registry: Registry;
  readonly schema: GraphQLSchema;
  /** Operation names kept as labels (METRICS_OPERATION_NAMES); any other is `other`. */
  readonly knownOperationNames: readonly string[];
}

/**
 * Prometheus metrics whose every label has a bounded set of values: routes instead of
 * URLs, known operation names or `other`, the root field when the schema has it, and no
 * error paths (they carry list indices). The endpoint is served by metrics-endpoint.ts.
 *
 * The series, their labels and what each phase observes are those of yoga's Prometheus
 * plugin, which this replaces (issue 13): it worked out and hashed label objects per
 * observation, filtered its handler lists and spread its parameters for every request.
 * Here each operation's labelled series are bound once per parsed document
 * (operation-series.ts), observing one adds to its numbers (bound-metrics.ts: prom-client
 * hashed the labels again on every observation, even of a bound child), and each phase
 * takes one timestamp at its start and one at its end.
 */
export function gatewayMetrics({ registry, schema, knownOperationNames }: MetricsPluginOptions): GatewayMetrics {
  const rootFields = new Set([
    ...Object.keys(schema.getQueryType()?.getFields() ?? {}),
    ...Object.keys(schema.getMutationType()?.getFields() ?? {}),
  ]);
  const operations = new OperationSeriesCache(
    registerMetricsSeries(registry),
    new Set(knownOperationNames),
    rootFields,
  );
  // By GraphQL context (one per operation) for the phases, by request for the HTTP duration.
  const operationByContext = new WeakMap<object, OperationSeries>();
  const operationByRequest = new WeakMap<Request, OperationSeries>();
  const arrivals = new WeakMap<Request, number>();

  const arrivalStep: RequestStep = ({ request }) => {
    arrivals.set(request, Date.now());
    return false;
  };

  const plugin: Plugin = {
    onPluginInit({ registerContextErrorHandler }) {
      registerContextErrorHandler(({ context }) => {
        (operationByContext.get(context) ?? operations.unparsed).errors.context.inc();
      });
    },
    onParse() {
      const started = Date.now();
      return ({ result, context }) => {
        const seconds = (Date.now() - started) / 1000;
        // A parse error, or a limit refused while parsing (envelop hands either over as the result).
        if (result === null || result instanceof Error) {
          operations.unparsed.parse.observe(seconds);
          operations.unparsed.errors.parse.inc();
          return;
        }
        const { params, request } = context as { params?: { operationName?: string | null }; request?: Request };
        // envelop types a parse result as `any` (it does not depend on graphql).
        const operation = operations.of(result as DocumentNode, params?.operationName);
        operation.parse.observe(seconds);
        operationByContext.set(context, operation);
        if (request) operationByRequest.set(request, operation);
      };
    },
    onValidate({ context }) {
      const operation = operationByContext.get(context);
      if (operation === undefined) return;
      const started = Date.now();
      return ({ valid }) => {
        operation.validate.observe((Date.now() - started) / 1000);
        if (!valid) operation.errors.validate.inc();
      };
    },
    onContextBuilding({ context }) {
      // yoga's plugin started and stopped its timer in this hook, which runs once the
      // gateway's context function (an earlier plugin) is done: it always observed 0 s.
      // Kept as it was, a count of the contexts built.
      operationByContext.get(context)?.context.observe(0);
    },
    onResponse({ request, response }) {
      // Only requests whose document parsed, as yoga's plugin observed them.
      const arrived = arrivals.get(request);
      const operation = operationByRequest.get(request);
      if (arrived === undefined || operation === undefined) return;
      operation
        .httpDuration(routeLabel(request.url), methodLabel(request.method), response.status)
        .observe((Date.now() - arrived) / 1000);
    },
  };
  // The execute phase on its own, for oneExecuteObserver (one-execute-observer.ts).
  const execution: Plugin = {
    onExecute({ args }) {
      const operation = operationByContext.get(args.contextValue);
      if (operation === undefined) return;
      const started = Date.now();
      return {
        onExecuteDone({ result }) {
          if (isAsyncIterable(result)) {
            return {
              onNext: ({ result: part }) => countExecutionErrors(operation, part),
              onEnd: () => observeExecution(operation, started),
            };
          }
          countExecutionErrors(operation, result);
          observeExecution(operation, started);
          return undefined;
        },
      };
    },
  };
  return { plugin, arrivalStep, execution };
}

/** One count per error of the result, in the series of its operation. */
function countExecutionErrors(operation: OperationSeries, result: ExecutionResult): void {
  const errors = result.errors?.length ?? 0;
  if (errors > 0) operation.errors.execute.inc(errors);
}

/** The execute phase: `graphql_envelop_phase_execute` and `graphql_envelop_request_duration` observe the same time. */
function observeExecution(operation: OperationSeries, started: number): void {
  const seconds = (Date.now() - started) / 1000;
  operation.execute.observe(seconds);
  operation.requestDuration.observe(seconds);
  operation.executed.inc();
}
