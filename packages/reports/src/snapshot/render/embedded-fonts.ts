import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * The fonts of the snapshot, embedded in the HTML so that the page and the PDF look the
 * same on every machine: Noto Naskh Arabic (Arabic script, which shapes Arabic and the
 * Sorani letters ڕ ڵ ێ ۆ ە) and Noto Sans (Latin), from the npm packages
 * @fontsource/noto-naskh-arabic and @fontsource/noto-sans. Both are under the SIL Open
 * Font License 1.1, whose text ships beside the fonts in each package (LICENSE) and is
 * named in the page's footer; the OFL allows embedding them in documents.
 */
const FONTS = [
  {
    family: 'Noto Naskh Arabic',
    weight: 400,
    file: '@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2',
  },
  {
    family: 'Noto Naskh Arabic',
    weight: 700,
    file: '@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff2',
  },
  { family: 'Noto Sans', weight: 400, file: '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2' },
  { family: 'Noto Sans', weight: 700, file: '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2' },
] as const;

/** Where each font's licence text is, for the footer and the README. */
export const FONT_LICENCES = ['@fontsource/noto-naskh-arabic/LICENSE', '@fontsource/noto-sans/LICENSE'] as const;

let css: string | undefined;

/** @font-face rules with the fonts as data URLs (read once). */
export function embeddedFontFaces(): string {
  css ??= FONTS.map((font) => {
    const data = readFileSync(require.resolve(font.file)).toString('base64');
    return `@font-face{font-family:'${font.family}';font-style:normal;font-weight:${font.weight};font-display:block;src:url(data:font/woff2;base64,${data}) format('woff2');}`;
  }).join('\n');
  return css;
}
