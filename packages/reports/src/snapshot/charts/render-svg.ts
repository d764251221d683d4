import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

/**
 * A Vega-Lite chart drawn as SVG on the server (Vega's SVG renderer needs no canvas
 * and no browser). Text is measured by Vega's estimate, then shaped by whatever shows
 * the SVG (Chromium, with the fonts the page embeds).
 */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none', logLevel: vega.Error });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
