import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { CRP_VI_PERIOD, CRP_VI_TOTAL_CONTRIBUTIONS, loadDemoData, type Db } from '@crc/db';
import { createTestDatabase, type TestDatabase } from '@crc/db/testing';
import { createTranslator, SUPPORTED_LOCALES } from '@crc/i18n';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli';
import { exactReachSource } from '../figures/exact-reach-source';
import { collectSnapshot } from './collect-snapshot';
import { launchChromium } from './render/print-pdf';
import { renderSnapshotHtml } from './render/render-snapshot-html';

/** Screenshots of every locale, kept for people to look at (git-ignored). */
const ARTIFACTS = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../test-artifacts');

let database: TestDatabase;
let db: Db;
let browser: Browser;
let work: string;
beforeAll(async () => {
  database = await createTestDatabase();
  db = await database.open();
  await loadDemoData(db.prisma, { beneficiaries: 150 });
  browser = await launchChromium();
  work = await mkdtemp(path.join(tmpdir(), 'crc-snapshot-'));
  await mkdir(ARTIFACTS, { recursive: true });
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await db.close();
  await database.drop();
  await rm(work, { recursive: true, force: true });
});

const period = { from: CRP_VI_PERIOD.start, to: CRP_VI_PERIOD.end };

async function pdfText(file: string): Promise<string> {
  const { stdout } = await promisify(execFile)('pdftotext', ['-enc', 'UTF-8', file, '-'], {
    maxBuffer: 16 * 1024 * 1024,
  });
  return stdout;
}

describe('programme snapshot', () => {
  it('totals the CRP VI donors from the funding rows to the published US$23.75 million, with shares adding up to exactly 100', async () => {
    const data = await collectSnapshot(db.prisma, {
      programmeCode: 'CRP-VI',
      period,
      reach: exactReachSource(db.prisma, createTranslator('en')),
    });
    const [usd] = data.donors.value;
    expect(data.donors.value).toHaveLength(1);
    expect(usd!.currency).toBe('USD');
    expect(usd!.total).toBe(CRP_VI_TOTAL_CONTRIBUTIONS);
    expect(usd!.rows.reduce((sum, row) => sum + Math.round(row.share * 10), 0)).toBe(1000);
    expect(usd!.rows[0]).toMatchObject({ donor: 'United States of America', amount: '19300000.00' });
    // Arabic with the Latin digits a reader chose.
    const html = await renderSnapshotHtml(data, createTranslator('ar', { digits: 'latn' }));
    expect(html).toContain('23.75 مليون');
    expect(html).not.toContain('٢٣٫٧٥');
  });

  it.each(SUPPORTED_LOCALES)(
    'Chromium renders the %s page: direction, no overflow, every chart and the map',
    async (locale) => {
      const i18n = createTranslator(locale);
      const data = await collectSnapshot(db.prisma, {
        programmeCode: 'CRP-VI',
        period,
        reach: exactReachSource(db.prisma, i18n),
      });
      const html = await renderSnapshotHtml(data, i18n);
      const page = await browser.newPage({ viewport: { width: 794, height: 1123 } });
      try {
        await page.setContent(html, { waitUntil: 'load' });
        const seen = await page.evaluate(`(async () => {
        await document.fonts.ready;
        const root = document.documentElement;
        const charts = [...document.querySelectorAll('[data-chart]')].map((chart) => {
          const svg = chart.querySelector('svg');
          const box = svg ? svg.getBoundingClientRect() : { width: 0, height: 0 };
          return { name: chart.getAttribute('data-chart'), width: box.width, height: box.height };
        });
        const wide = [...document.body.querySelectorAll('*')].filter((element) => element.getBoundingClientRect().right > root.clientWidth + 1 || element.getBoundingClientRect().left < -1).length;
        return {
          dir: root.dir,
          lang: root.lang,
          bodyDirection: getComputedStyle(document.body).direction,
          overflow: root.scrollWidth - root.clientWidth,
          wide,
          charts,
          mapShapes: document.querySelectorAll('[data-chart="map"] svg path').length,
          arabicFont: document.fonts.check('16px "Noto Naskh Arabic"', 'ب'),
          traces: document.querySelectorAll('#appendix tr[data-trace]').length,
        };
      })()`);
        await page.screenshot({ path: path.join(ARTIFACTS, `snapshot-${locale}.png`), fullPage: true });
        const expected = locale === 'en' ? 'ltr' : 'rtl';
        expect(seen).toMatchObject({
          dir: expected,
          lang: locale,
          bodyDirection: expected,
          overflow: 0,
          wide: 0,
          arabicFont: true,
          traces: 6,
        });
        const charts = (seen as { charts: { name: string; width: number; height: number }[] }).charts;
        expect(charts.map((chart) => chart.name).sort()).toEqual(['donors', 'map', 'projects', 'targeted']);
        for (const chart of charts) expect(chart.width * chart.height, chart.name).toBeGreaterThan(10_000);
        // The outline of Iraq and one circle per governorate with projects (15 for CRP VI).
        expect((seen as { mapShapes: number }).mapShapes).toBeGreaterThanOrEqual(1 + data.governorates.value.length);
      } finally {
        await page.close();
      }
    },
  );

  it('crc-report snapshot writes the PDFs whose text (pdftotext) carries the database figures, in ar, en and ckb', async () => {
    const expected = {
      ar: ['٢٣٫٧٥', 'مليون', '١٠٠٫٠', 'مساهمات المانحين'],
      en: ['US$23.75 million', '100.0%', 'Donor contributions', '81.3%'],
      ckb: ['٢٣٫٧٥', 'ملیۆن', '١٠٠٫٠'],
    } as const;
    for (const locale of SUPPORTED_LOCALES) {
      const out = path.join(work, `crp-vi-${locale}.pdf`);
      const stdout = new PassThrough();
      const stderr = new PassThrough();
      const errors: string[] = [];
      stderr.on('data', (chunk) => errors.push(String(chunk)));
      const code = await runCli(
        [
          'snapshot',
          '--programme',
          'CRP-VI',
          '--from',
          period.from,
          '--to',
          period.to,
          '--locale',
          locale,
          '--out',
          out,
        ],
        {
          stdout,
          stderr,
          env: {},
          openDb: async () => db,
        },
      );
      expect(errors.join('')).toBe('');
      expect(code).toBe(0);
      // pdftotext splits Arabic words where glyphs are placed apart and adds bidi marks: compare without either.
      const squeeze = (text: string) =>
        text.normalize('NFC').replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]/g, '');
      const text = squeeze(await pdfText(out));
      for (const fragment of expected[locale]) expect(text, `${locale}: ${fragment}`).toContain(squeeze(fragment));
    }
  });
});
