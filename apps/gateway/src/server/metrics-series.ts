import type { Registry } from 'prom-client';
import { BoundCounter, BoundHistogram } from './bound-metrics';

export const OPERATION_LABELS = ['operationName', 'operationType', 'rootField'] as const;
export type OperationLabelName = (typeof OPERATION_LABELS)[number];
export type OperationLabels = Readonly<Record<OperationLabelName, string>>;

export const HTTP_LABELS = ['route', 'method', 'statusCode', ...OPERATION_LABELS] as const;
export type HttpLabelName = (typeof HTTP_LABELS)[number];

export type ErrorPhase = 'parse' | 'validate' | 'context' | 'execute';

/** The gateway's Prometheus series, as yoga's Prometheus plugin named them (dashboards and alerts use these names). */
export interface MetricsSeries {
  readonly requestDuration: BoundHistogram;
  readonly parse: BoundHistogram;
  readonly validate: BoundHistogram;
  readonly context: BoundHistogram;
  readonly executed: BoundCounter;
  readonly execute: BoundHistogram;
  readonly errors: BoundCounter;
  readonly httpDuration: BoundHistogram;
}

/** Registered in this order, which is the order of /metrics; prom-client's default buckets throughout. */
export function registerMetricsSeries(registry: Registry): MetricsSeries {
  const labelNames = OPERATION_LABELS;
  const histogram = (name: string, help: string) => new BoundHistogram({ name, help, labelNames, registry });
  return {
    requestDuration: histogram('graphql_envelop_request_duration', 'Time spent executing GraphQL operations'),
    parse: histogram('graphql_envelop_phase_parse', 'Time spent parsing GraphQL documents'),
    validate: histogram('graphql_envelop_phase_validate', 'Time spent validating GraphQL documents'),
    context: histogram('graphql_envelop_phase_context', 'Time spent building the request context (API key lookup)'),
    executed: new BoundCounter({
      name: 'graphql_envelop_request',
      help: 'GraphQL operations executed',
      labelNames,
      registry,
    }),
    execute: histogram('graphql_envelop_phase_execute', 'Time spent in the execute phase'),
    errors: new BoundCounter({
      name: 'graphql_envelop_error_result',
      help: 'GraphQL results with errors, by phase',
      labelNames: [...OPERATION_LABELS, 'phase'],
      registry,
    }),
    httpDuration: new BoundHistogram({
      name: 'graphql_yoga_http_duration',
      help: 'Time spent on HTTP requests to /graphql, by route, method and status',
      labelNames: HTTP_LABELS,
      registry,
    }),
  };
}
