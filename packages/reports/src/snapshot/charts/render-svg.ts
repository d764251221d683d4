import type { TopLevelSpec } from 'vega-lite';

/**
 * A Vega-Lite chart drawn as SVG on the server (Vega's SVG renderer needs no canvas
 * and no browser). Text is measured by Vega's estimate, then shaped by whatever shows
 * the SVG (Chromium, with the fonts the page embeds).
 */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  // Loaded on the first chart, not when @crc/reports is imported (the gateway's start, issue 13).
  const [vega, { compile }] = await Promise.all([import('vega'), import('vega-lite')]);
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none', logLevel: vega.Error });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
