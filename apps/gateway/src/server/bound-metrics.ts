import type { Metric, Registry } from 'prom-client';

export type LabelValues = Readonly<Record<string, string | number>>;

/** prom-client's default histogram buckets, in seconds. */
const DEFAULT_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] as const;

/** A line of a metric as prom-client's registry formats it (the shape its own metrics hand over). */
interface MetricValue {
  readonly value: number;
  readonly labels: Readonly<Record<string, string | number>>;
  readonly sharedLabels?: LabelValues;
  readonly metricName?: string;
}

interface MetricDefinition {
  readonly name: string;
  readonly help: string;
  readonly labelNames: readonly string[];
  readonly registry: Registry;
}

/**
 * The series of one metric, each bound once to its labels: observing one is adding to
 * numbers, where prom-client validates and hashes the label object on every observation
 * (a bound prom-client child too). One series per label set, listed in the order of its
 * first observation, as prom-client lists them; its registry formats them as its own.
 */
abstract class BoundMetric<Series extends { readonly labels: LabelValues; reset(): void }> {
  protected observed: Series[] = [];
  private readonly byLabels = new Map<string, Series>();
  readonly name: string;
  readonly help: string;
  readonly aggregator = 'sum';
  abstract readonly type: 'counter' | 'histogram';

  constructor(private readonly definition: MetricDefinition) {
    this.name = definition.name;
    this.help = definition.help;
    // The registry checks the name is not taken; it formats what get/getForPromString return.
    definition.registry.registerMetric(this as unknown as Metric);
  }

  /** The series of these labels (every label of the metric), the same object for the same values. */
  series(labels: LabelValues): Series {
    const key = this.definition.labelNames.map((name) => `${name}:${String(labels[name])}`).join(',');
    let series = this.byLabels.get(key);
    if (series === undefined) {
      const ordered = Object.fromEntries(this.definition.labelNames.map((name) => [name, labels[name] ?? '']));
      series = this.create(Object.freeze(ordered), () => this.observed.push(series!));
      this.byLabels.set(key, series);
    }
    return series;
  }

  protected abstract create(labels: LabelValues, onFirstObservation: () => void): Series;
  protected abstract values(): MetricValue[];

  /** Every series back to nothing observed, and unlisted until observed again. */
  reset(): void {
    for (const series of this.observed) series.reset();
    this.observed = [];
  }

  /** As the registry formats it. */
  getForPromString() {
    return Promise.resolve({
      name: this.name,
      help: this.help,
      type: this.type,
      values: this.values(),
      aggregator: this.aggregator,
    });
  }

  /** As registry.getMetricsAsJSON hands it out: every label of a line in `labels`. */
  async get() {
    const metric = await this.getForPromString();
    return {
      ...metric,
      values: metric.values.map(({ sharedLabels, ...value }) => ({
        ...value,
        labels: { ...value.labels, ...sharedLabels },
      })),
    };
  }
}

export class CounterSeries {
  value = 0;

  constructor(
    readonly labels: LabelValues,
    private readonly onFirstObservation: () => void,
  ) {}

  inc(by = 1): void {
    if (this.value === 0) this.onFirstObservation();
    this.value += by;
  }

  reset(): void {
    this.value = 0;
  }
}

export class BoundCounter extends BoundMetric<CounterSeries> {
  readonly type = 'counter';

  protected create(labels: LabelValues, onFirstObservation: () => void): CounterSeries {
    return new CounterSeries(labels, onFirstObservation);
  }

  protected values(): MetricValue[] {
    return this.observed.map((series) => ({ value: series.value, labels: series.labels }));
  }
}

export class HistogramSeries {
  /** Observations per bucket (not cumulative); the last counts those above every bound. */
  readonly inBucket = new Array<number>(DEFAULT_BUCKETS.length + 1).fill(0);
  sum = 0;
  count = 0;

  constructor(
    readonly labels: LabelValues,
    private readonly onFirstObservation: () => void,
  ) {}

  observe(value: number): void {
    if (this.count === 0) this.onFirstObservation();
    let bucket = 0;
    while (bucket < DEFAULT_BUCKETS.length && value > DEFAULT_BUCKETS[bucket]!) bucket += 1;
    this.inBucket[bucket]! += 1;
    this.sum += value;
    this.count += 1;
  }

  reset(): void {
    this.inBucket.fill(0);
    this.sum = 0;
    this.count = 0;
  }
}

export class BoundHistogram extends BoundMetric<HistogramSeries> {
  readonly type = 'histogram';

  protected create(labels: LabelValues, onFirstObservation: () => void): HistogramSeries {
    return new HistogramSeries(labels, onFirstObservation);
  }

  /** Per series: the cumulative buckets, `+Inf`, the sum and the count, as prom-client lists them. */
  protected values(): MetricValue[] {
    const values: MetricValue[] = [];
    for (const series of this.observed) {
      const sharedLabels = series.labels;
      let cumulative = 0;
      DEFAULT_BUCKETS.forEach((bound, bucket) => {
        cumulative += series.inBucket[bucket]!;
        values.push({ value: cumulative, labels: { le: bound }, sharedLabels, metricName: `${this.name}_bucket` });
      });
      values.push(
        { value: series.count, labels: { le: '+Inf' }, sharedLabels, metricName: `${this.name}_bucket` },
        { value: series.sum, labels: {}, sharedLabels, metricName: `${this.name}_sum` },
        { value: series.count, labels: {}, sharedLabels, metricName: `${this.name}_count` },
      );
    }
    return values;
  }
}
