import {
  createCounter,
  createHistogram,
  usePrometheus,
  type FillLabelsFnParams,
} from '@graphql-yoga/plugin-prometheus';
import { getOperationAST, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { Histogram, type Registry } from 'prom-client';
import { methodLabel, operationNameLabel, rootFieldLabel, routeLabel } from './metrics-labels';

export interface MetricsPluginOptions {
  readonly registry: Registry;
  readonly schema: GraphQLSchema;
  /** Operation names kept as labels (METRICS_OPERATION_NAMES); any other is `other`. */
  readonly knownOperationNames: readonly string[];
}

const OPERATION_LABELS = ['operationName', 'operationType', 'rootField'] as const;

type OperationLabels = Readonly<Record<(typeof OPERATION_LABELS)[number], string>>;

const HTTP_LABELS = ['route', 'method', 'statusCode', ...OPERATION_LABELS] as const;

/**
 * Prometheus metrics whose every label has a bounded set of values: routes instead of
 * URLs, known operation names or `other`, the root field when the schema has it, and no
 * error paths (they carry list indices). The endpoint is served by metrics-endpoint.ts.
 */
export function metricsPlugin({ registry, schema, knownOperationNames }: MetricsPluginOptions): Plugin[] {
  const known = new Set(knownOperationNames);
  const rootFields = new Set([
    ...Object.keys(schema.getQueryType()?.getFields() ?? {}),
    ...Object.keys(schema.getMutationType()?.getFields() ?? {}),
  ]);
  // Six metrics ask for the labels of every operation: worked out once per parsed document
  // and operation name (yoga's parser cache hands out the same document for the same query).
  const labelsByDocument = new WeakMap<object, Map<string, OperationLabels>>();
  const operationLabels = (params: FillLabelsFnParams): OperationLabels => {
    const byName = params.document ? labelsByDocument.get(params.document) : undefined;
    const key = `${params.operationName ?? ''}\u0000${params.operationType ?? ''}`;
    const cached = byName?.get(key);
    if (cached) return cached;
    const labels = Object.freeze({
      operationName: operationNameLabel(params.operationName, known),
      operationType: params.operationType ?? 'unknown',
      rootField: rootFieldLabel(params.document, params.operationName, rootFields),
    });
    if (params.document) {
      if (byName) byName.set(key, labels);
      else labelsByDocument.set(params.document, new Map([[key, labels]]));
    }
    return labels;
  };
  const phase = <Phase extends string>(name: string, help: string, phases: [Phase, ...Phase[]]) =>
    createHistogram<Phase, (typeof OPERATION_LABELS)[number]>({
      registry,
      histogram: { name, help, labelNames: [...OPERATION_LABELS] },
      fillLabelsFn: operationLabels,
      phases,
    });

  return [
    usePrometheus({
      endpoint: false,
      registry,
      metrics: {
        // Observed by httpDurationPlugin below, with the same name, labels and buckets.
        graphql_yoga_http_duration: false,
        graphql_envelop_request_duration: phase(
          'graphql_envelop_request_duration',
          'Time spent executing GraphQL operations',
          ['execute'],
        ),
        graphql_envelop_phase_parse: phase('graphql_envelop_phase_parse', 'Time spent parsing GraphQL documents', [
          'parse',
        ]),
        graphql_envelop_phase_validate: phase(
          'graphql_envelop_phase_validate',
          'Time spent validating GraphQL documents',
          ['validate'],
        ),
        graphql_envelop_phase_context: phase(
          'graphql_envelop_phase_context',
          'Time spent building the request context (API key lookup)',
          ['context'],
        ),
        graphql_envelop_request: createCounter<'execute', (typeof OPERATION_LABELS)[number]>({
          registry,
          counter: {
            name: 'graphql_envelop_request',
            help: 'GraphQL operations executed',
            labelNames: [...OPERATION_LABELS],
          },
          fillLabelsFn: operationLabels,
          phases: ['execute'],
        }),
        // yoga turns these on by default; their labels (operation names, field paths, deprecations) are not bounded here.
        graphql_envelop_request_time_summary: false,
        graphql_envelop_deprecated_field: false,
        graphql_envelop_phase_subscribe: false,
        graphql_envelop_schema_change: false,
        graphql_envelop_execute_resolver: false,
        graphql_envelop_phase_execute: phase('graphql_envelop_phase_execute', 'Time spent in the execute phase', [
          'execute',
        ]),
        graphql_envelop_error_result: createCounter<
          'parse' | 'validate' | 'context' | 'execute',
          (typeof OPERATION_LABELS)[number] | 'phase'
        >({
          registry,
          counter: {
            name: 'graphql_envelop_error_result',
            help: 'GraphQL results with errors, by phase',
            labelNames: [...OPERATION_LABELS, 'phase'],
          },
          fillLabelsFn: (params) => ({ ...operationLabels(params), phase: params.errorPhase ?? 'unknown' }),
          phases: ['parse', 'validate', 'context', 'execute'],
        }),
      },
    }),
    httpDurationPlugin(registry, operationLabels),
  ];
}

/**
 * `graphql_yoga_http_duration`: the time from the request's arrival to its response, for
 * requests whose document parsed, as yoga's Prometheus plugin measures it (milliseconds of
 * Date.now(), in seconds). Its own plugin: yoga's copied the server context into a new
 * object and parsed the URL again for every response (issue 13, about 25 us a partner query).
 */
function httpDurationPlugin(
  registry: Registry,
  operationLabels: (params: FillLabelsFnParams) => OperationLabels,
): Plugin {
  const histogram = new Histogram<(typeof HTTP_LABELS)[number]>({
    name: 'graphql_yoga_http_duration',
    help: 'Time spent on HTTP requests to /graphql, by route, method and status',
    labelNames: [...HTTP_LABELS],
    registers: [registry],
  });
  const startByRequest = new WeakMap<Request, number>();
  const labelsByRequest = new WeakMap<Request, OperationLabels>();
  return {
    onRequest({ request }) {
      startByRequest.set(request, Date.now());
    },
    onParse({ context }) {
      const { request } = context as { request?: Request };
      if (request === undefined) return;
      return ({ result, context: parsed }) => {
        // A document that did not parse (or a validation error returned as the result) is not observed.
        if (result instanceof Error) return;
        // envelop types a parse result as `any` (it does not depend on graphql).
        const document = result as DocumentNode;
        const operation = getOperationAST(
          document,
          (parsed as { params?: { operationName?: string } }).params?.operationName,
        );
        labelsByRequest.set(
          request,
          operationLabels({
            document,
            ...(operation?.name ? { operationName: operation.name.value } : {}),
            ...(operation ? { operationType: operation.operation } : {}),
          }),
        );
      };
    },
    onResponse({ request, response }) {
      const start = startByRequest.get(request);
      const labels = labelsByRequest.get(request);
      if (start === undefined || labels === undefined) return;
      histogram.observe(
        {
          route: routeLabel(request.url),
          method: methodLabel(request.method),
          statusCode: response.status,
          ...labels,
        },
        (Date.now() - start) / 1000,
      );
    },
  };
}
