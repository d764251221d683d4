// playwright-core is loaded when a PDF is printed, not when @crc/reports is imported (the gateway's start).
import type { Browser } from 'playwright-core';

/** Debian's chromium by default; CHROMIUM_PATH points elsewhere. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/** Headless Chromium as the snapshot uses it: no sandbox (containers, root), no GPU, no network chatter. */
export async function launchChromium(env: NodeJS.ProcessEnv = process.env): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: chromiumPath(env),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
  });
}

/**
 * The HTML printed to an A4 PDF by headless Chromium. The page is self-contained (fonts
 * and charts inline), and every request it would make is refused, so printing never
 * reaches the network. Pass a browser to print several documents with one.
 */
export async function printPdf(html: string, options: { readonly browser?: Browser } = {}): Promise<Buffer> {
  const browser = options.browser ?? (await launchChromium());
  try {
    const page = await browser.newPage();
    try {
      await page.route('**/*', (route) =>
        route.request().url().startsWith('data:') ? route.continue() : route.abort(),
      );
      await page.setContent(html, { waitUntil: 'load' });
      // The embedded fonts are loaded before printing, so no glyph falls back to another font.
      await page.evaluate('document.fonts.ready.then(() => true)');
      return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    } finally {
      await page.close();
    }
  } finally {
    if (!options.browser) await browser.close();
  }
}
