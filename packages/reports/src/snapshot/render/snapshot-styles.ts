import type { TextDirection } from '@crc/i18n';
import { chartFont } from '../charts/chart-style';

/** The page's CSS: A4, two columns where there is room, tables that never overflow the page. */
export function snapshotStyles(direction: TextDirection): string {
  return `
@page { size: A4; margin: 14mm 12mm; }
* { box-sizing: border-box; }
html { font-family: ${chartFont(direction)}; font-size: 11pt; color: #1f2d3a; }
body { margin: 0; max-width: 186mm; }
header { border-bottom: 3px solid #0b5394; padding-bottom: 6px; margin-bottom: 10px; }
h1 { font-size: 20pt; margin: 0 0 4px; color: #0b5394; }
h2 { font-size: 13pt; color: #0b5394; margin: 14px 0 6px; break-after: avoid; }
h3 { font-size: 11pt; margin: 10px 0 4px; }
p { margin: 2px 0 6px; }
.meta { color: #555; }
section { margin-bottom: 8px; }
.chart, .card, tr, .headline { break-inside: avoid; }
.grid { display: grid; grid-template-columns: 1fr 1fr; gap: 10px; }
.headline { display: flex; gap: 16px; align-items: baseline; margin: 4px 0 8px; }
.headline .figure { font-size: 22pt; font-weight: 700; color: #0b5394; }
.cards { display: grid; grid-template-columns: repeat(3, 1fr); gap: 6px; }
.card { border: 1px solid #d5dde5; border-radius: 4px; padding: 6px 8px; }
.card .figure { font-size: 16pt; font-weight: 700; color: #0b5394; display: block; }
.chart svg { max-width: 100%; height: auto; direction: ltr; }
.chart { margin: 4px 0; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; table-layout: fixed; }
th, td { border-bottom: 1px solid #d5dde5; padding: 3px 4px; text-align: start; vertical-align: top; overflow-wrap: anywhere; }
td.number, th.number { text-align: end; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.compact { font-size: 8.5pt; }
table.compact td, table.compact th { padding: 1px 4px; }
tr.total td { font-weight: 700; border-top: 2px solid #1f2d3a; }
.appendix td { font-size: 8pt; }
.appendix code { font-family: 'Noto Sans', monospace; direction: ltr; unicode-bidi: isolate; display: inline-block; }
footer { margin-top: 12px; border-top: 1px solid #d5dde5; padding-top: 4px; font-size: 8pt; color: #555; }
`;
}
