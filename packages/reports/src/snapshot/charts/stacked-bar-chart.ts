import type { TextDirection } from '@crc/i18n';
import type { TopLevelSpec } from 'vega-lite';
import { baseConfig, chartText, PALETTE } from './chart-style';
import { renderSvg } from './render-svg';

export interface StackedPart {
  /** The bar (a sector) in the viewer's language. */
  readonly label: string;
  /** The part (a status, a sex) in the viewer's language. */
  readonly part: string;
  readonly value: number;
}

export interface StackedBarChartOptions {
  readonly direction: TextDirection;
  /** The parts in legend order. */
  readonly parts: readonly string[];
  /** The total of each bar as the viewer reads it, drawn at its end. */
  readonly totals: ReadonlyMap<string, string>;
  readonly width?: number;
}

/** Horizontal stacked bars (bars in the order given, parts in `parts` order), right to left where the viewer reads so. */
export function stackedBarChart(parts: readonly StackedPart[], options: StackedBarChartOptions): Promise<string> {
  const rtl = options.direction === 'rtl';
  const text = (value: string) => chartText(value, options.direction);
  const labels = [...new Set(parts.map((part) => text(part.label)))];
  const partNames = options.parts.map(text);
  const sums = labels.map((label) =>
    parts.filter((part) => text(part.label) === label).reduce((sum, part) => sum + part.value, 0),
  );
  const max = Math.max(1, ...sums);
  const spec: TopLevelSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: options.width ?? 420,
    height: { step: 24 },
    encoding: {
      y: {
        field: 'label',
        type: 'nominal',
        sort: labels,
        title: null,
        axis: { orient: rtl ? 'right' : 'left', labelLimit: 260, labelPadding: 6 },
      },
    },
    layer: [
      {
        data: {
          values: parts.map((part) => ({
            label: text(part.label),
            part: text(part.part),
            value: part.value,
            partOrder: options.parts.indexOf(part.part),
          })),
        },
        mark: { type: 'bar', height: 16 },
        encoding: {
          x: {
            field: 'value',
            type: 'quantitative',
            stack: 'zero',
            axis: null,
            scale: { domain: [0, max * 1.25], reverse: rtl },
          },
          color: { field: 'part', type: 'nominal', title: null, scale: { domain: partNames, range: [...PALETTE] } },
          order: { field: 'partOrder' },
        },
      },
      {
        data: {
          values: labels.map((label, i) => ({
            label,
            value: sums[i]!,
            text: text(options.totals.get(parts.find((part) => text(part.label) === label)!.label) ?? ''),
          })),
        },
        mark: { type: 'text', align: rtl ? 'right' : 'left', dx: rtl ? -4 : 4, baseline: 'middle' },
        encoding: {
          x: { field: 'value', type: 'quantitative' },
          text: { field: 'text' },
        },
      },
    ],
    config: baseConfig(options.direction),
  };
  return renderSvg(spec);
}
