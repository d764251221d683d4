import type { TextDirection } from '@crc/i18n';
import type { TopLevelSpec } from 'vega-lite';
import { baseConfig, chartText, PALETTE } from './chart-style';
import { renderSvg } from './render-svg';

export interface Bar {
  /** Category label in the viewer's language. */
  readonly label: string;
  readonly value: number;
  /** The value as the viewer reads it (their digits, a % sign...), drawn at the bar's end. */
  readonly text: string;
}

export interface BarChartOptions {
  readonly direction: TextDirection;
  readonly width?: number;
  readonly color?: string;
}

/**
 * Horizontal bars, one per category in the order given, each labelled with its value
 * as the viewer reads it (so digits follow the viewer's choice; no numeric axis). Right
 * to left, bars grow from the right and categories sit on the right.
 */
export function barChart(bars: readonly Bar[], options: BarChartOptions): Promise<string> {
  const rtl = options.direction === 'rtl';
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const labels = bars.map((bar) => chartText(bar.label, options.direction));
  const spec: TopLevelSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: options.width ?? 420,
    height: { step: 24 },
    data: {
      values: bars.map((bar, i) => ({
        label: labels[i],
        value: bar.value,
        text: chartText(bar.text, options.direction),
      })),
    },
    encoding: {
      y: {
        field: 'label',
        type: 'nominal',
        sort: labels,
        title: null,
        axis: { orient: rtl ? 'right' : 'left', labelLimit: 260, labelPadding: 6 },
      },
      x: { field: 'value', type: 'quantitative', axis: null, scale: { domain: [0, max * 1.3], reverse: rtl } },
    },
    layer: [
      { mark: { type: 'bar', color: options.color ?? PALETTE[0], cornerRadiusEnd: 2, height: 16 } },
      {
        mark: { type: 'text', align: rtl ? 'right' : 'left', dx: rtl ? -4 : 4, baseline: 'middle' },
        encoding: { text: { field: 'text' } },
      },
    ],
    config: baseConfig(options.direction),
  };
  return renderSvg(spec);
}
