import { getOperationAST, Kind, type DocumentNode } from 'graphql';
import type { CounterSeries, HistogramSeries } from './bound-metrics';
import { operationNameLabel, rootFieldLabel } from './metrics-labels';
import type { ErrorPhase, MetricsSeries, OperationLabels } from './metrics-series';

/**
 * The series one operation observes, each bound once to its labels (bound-metrics.ts): a request
 * observes them without working out labels or building a label object again.
 */
export interface OperationSeries {
  readonly parse: HistogramSeries;
  readonly validate: HistogramSeries;
  readonly context: HistogramSeries;
  readonly execute: HistogramSeries;
  readonly requestDuration: HistogramSeries;
  readonly executed: CounterSeries;
  readonly errors: Readonly<Record<ErrorPhase, CounterSeries>>;
  /** `graphql_yoga_http_duration` of this operation for one route, method and status. */
  httpDuration(route: string, method: string, statusCode: number): HistogramSeries;
}

/**
 * Operation names a caller may send with one document: each is a cached entry while the
 * document is in yoga's parser cache, so a caller varying the name must not grow it.
 */
const MAX_NAMES_PER_DOCUMENT = 16;

/** The bound series of each parsed document and requested operation name (yoga's parser cache hands out the same document for the same query). */
export class OperationSeriesCache {
  /** For a document that did not parse: `anonymous`, `unknown`, `none`. */
  readonly unparsed: OperationSeries;
  private readonly byDocument = new WeakMap<DocumentNode, Map<string | undefined, OperationSeries>>();

  constructor(
    private readonly series: MetricsSeries,
    private readonly knownOperationNames: ReadonlySet<string>,
    private readonly rootFields: ReadonlySet<string>,
  ) {
    const none = this.labels(undefined, undefined, undefined);
    this.unparsed = this.bind(none, none);
  }

  of(document: DocumentNode, requestedName: string | null | undefined): OperationSeries {
    const name = requestedName ?? undefined;
    let byName = this.byDocument.get(document);
    const cached = byName?.get(name);
    if (cached) return cached;
    const operation = this.bind(this.phaseLabels(document, name), this.httpLabels(document, name));
    if (byName === undefined) {
      byName = new Map();
      this.byDocument.set(document, byName);
    }
    if (byName.size < MAX_NAMES_PER_DOCUMENT) byName.set(name, operation);
    return operation;
  }

  /**
   * The phase series' labels as yoga's Prometheus plugin gave them, kept so the series stay
   * the same: the requested operation name, else the first definition's name, else
   * `Anonymous` (so an anonymous operation counts as `other`, root field `none`); the type
   * of the first definition.
   */
  private phaseLabels(document: DocumentNode, requestedName: string | undefined): OperationLabels {
    const first = document.definitions[0];
    const firstName = first && 'name' in first ? first.name?.value : undefined;
    const type = first?.kind === Kind.OPERATION_DEFINITION ? first.operation : undefined;
    return this.labels(document, requestedName || firstName || 'Anonymous', type);
  }

  /** `graphql_yoga_http_duration`'s labels: the operation that executes, as yoga's own plugin found it. */
  private httpLabels(document: DocumentNode, requestedName: string | undefined): OperationLabels {
    const operation = getOperationAST(document, requestedName);
    return this.labels(document, operation?.name?.value, operation?.operation);
  }

  private labels(document: DocumentNode | undefined, name: string | undefined, type: string | undefined) {
    return Object.freeze({
      operationName: operationNameLabel(name, this.knownOperationNames),
      operationType: type ?? 'unknown',
      rootField: rootFieldLabel(document, name, this.rootFields),
    });
  }

  private bind(phase: OperationLabels, http: OperationLabels): OperationSeries {
    const { series } = this;
    const httpChildren = new Map<string, HistogramSeries>();
    return {
      parse: series.parse.series(phase),
      validate: series.validate.series(phase),
      context: series.context.series(phase),
      execute: series.execute.series(phase),
      requestDuration: series.requestDuration.series(phase),
      executed: series.executed.series(phase),
      errors: {
        parse: series.errors.series({ ...phase, phase: 'parse' }),
        validate: series.errors.series({ ...phase, phase: 'validate' }),
        context: series.errors.series({ ...phase, phase: 'context' }),
        execute: series.errors.series({ ...phase, phase: 'execute' }),
      },
      // Routes, methods and statuses are bounded sets (metrics-labels.ts): so is this map.
      httpDuration(route, method, statusCode) {
        const key = `${route} ${method} ${statusCode}`;
        let child = httpChildren.get(key);
        if (child === undefined) {
          child = series.httpDuration.series({ route, method, statusCode, ...http });
          httpChildren.set(key, child);
        }
        return child;
      },
    };
  }
}
