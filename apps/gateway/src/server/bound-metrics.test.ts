import { Counter, Histogram, Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { BoundCounter, BoundHistogram } from './bound-metrics';

const labelNames = ['route', 'statusCode', 'phase'] as const;

/** The same observations into prom-client's own metrics and into bound ones, each in a registry of its own. */
function sideBySide() {
  const own = new Registry();
  const bound = new Registry();
  const histogram = new Histogram({ name: 'h_seconds', help: 'A histogram', labelNames, registers: [own] });
  const counter = new Counter({ name: 'c_total', help: 'A counter', labelNames, registers: [own] });
  const boundHistogram = new BoundHistogram({ name: 'h_seconds', help: 'A histogram', labelNames, registry: bound });
  const boundCounter = new BoundCounter({ name: 'c_total', help: 'A counter', labelNames, registry: bound });
  const observe = (labels: { route: string; statusCode: number; phase: string }, value: number) => {
    histogram.observe(labels, value);
    // Bound again for every observation: the same label values are the same series.
    boundHistogram.series({ phase: labels.phase, route: labels.route, statusCode: labels.statusCode }).observe(value);
    counter.inc(labels, 2);
    boundCounter.series(labels).inc(2);
  };
  return { own, bound, observe, boundHistogram, boundCounter };
}

describe('bound metrics', () => {
  it('show on /metrics exactly as prom-client’s own histogram and counter with the same observations', async () => {
    const { own, bound, observe } = sideBySide();
    // Series listed in the order of their first observation; values on a bound, between
    // bounds, above every bound, and a label value that needs escaping.
    observe({ route: '/graphql', statusCode: 200, phase: 'execute' }, 0.005);
    observe({ route: '/graphql', statusCode: 401, phase: 'context' }, 0.0071);
    observe({ route: '/graphql', statusCode: 200, phase: 'execute' }, 0.3);
    observe({ route: 'quote"back\\slash', statusCode: 500, phase: 'execute' }, 12);
    observe({ route: '/graphql', statusCode: 200, phase: 'execute' }, 0);
    const text = await bound.metrics();
    expect(text).toBe(await own.metrics());
    expect(text).toContain('h_seconds_bucket{le="0.005",route="/graphql",statusCode="200",phase="execute"} 2');
    // getMetricsAsJSON too, but for prom-client's empty exemplar slots (exemplars are not used here).
    const withoutExemplars = (metrics: unknown) =>
      JSON.parse(JSON.stringify(metrics).replaceAll('"exemplar":null,', '')) as unknown;
    expect(withoutExemplars(await bound.getMetricsAsJSON())).toEqual(withoutExemplars(await own.getMetricsAsJSON()));
  });

  it('show nothing of a series bound but never observed, and start again from nothing after a reset', async () => {
    const { own, bound, observe, boundHistogram, boundCounter } = sideBySide();
    boundHistogram.series({ route: '/graphql', statusCode: 200, phase: 'parse' });
    boundCounter.series({ route: '/graphql', statusCode: 200, phase: 'parse' });
    expect(await bound.metrics()).toBe(await own.metrics());
    observe({ route: '/graphql', statusCode: 200, phase: 'execute' }, 0.02);
    own.resetMetrics();
    bound.resetMetrics();
    expect(await bound.metrics()).toBe(await own.metrics());
    observe({ route: '/graphql', statusCode: 400, phase: 'validate' }, 0.001);
    observe({ route: '/graphql', statusCode: 200, phase: 'execute' }, 0.002);
    expect(await bound.metrics()).toBe(await own.metrics());
  });
});
