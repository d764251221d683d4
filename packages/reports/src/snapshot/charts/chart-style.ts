import type { TextDirection } from '@crc/i18n';

/** Fonts the snapshot embeds (see embedded-fonts.ts), Arabic script first in ar and ckb. */
export function chartFont(direction: TextDirection): string {
  return direction === 'rtl'
    ? "'Noto Naskh Arabic', 'Noto Sans', sans-serif"
    : "'Noto Sans', 'Noto Naskh Arabic', sans-serif";
}

/** The palette of the snapshot: one blue for single series, then distinct hues. */
export const PALETTE = ['#0b5394', '#e69138', '#6aa84f', '#a64d79', '#999999', '#45818e', '#cc0000'] as const;

export function baseConfig(direction: TextDirection) {
  const font = chartFont(direction);
  return {
    font,
    background: 'white',
    view: { stroke: null },
    axis: { labelFont: font, titleFont: font, labelFontSize: 12, domain: false, ticks: false, grid: false },
    legend: {
      labelFont: font,
      titleFont: font,
      labelFontSize: 12,
      orient: 'bottom' as const,
      direction: 'horizontal' as const,
    },
    text: { font, fontSize: 12 },
  };
}

/**
 * Chart text for the chart's direction. Charts are laid out left to right (Vega's
 * anchors assume it), so in ar and ckb each label is a right-to-left isolate (RLI ... PDI):
 * mixed Arabic, digits and Latin then read in the right order.
 */
export function chartText(text: string, direction: TextDirection): string {
  return direction === 'rtl' ? `\u2067${text}\u2069` : text;
}
