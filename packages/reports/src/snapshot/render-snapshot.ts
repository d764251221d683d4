import type { PrismaClient } from '@crc/db';
import type { Translator } from '@crc/i18n';
import type { Browser } from 'playwright-core';
import type { ReachSource } from '../figures/reach-source';
import type { ReportPeriod } from '../programme/report-period';
import { collectSnapshot } from './collect-snapshot';
import { printPdf } from './render/print-pdf';
import { renderSnapshotHtml } from './render/render-snapshot-html';

export interface SnapshotRequest {
  readonly programmeCode: string;
  readonly period: ReportPeriod;
  readonly i18n: Translator;
  /** People figures as published to the viewer. */
  readonly reach: ReachSource;
  readonly format: 'html' | 'pdf';
  /** A running browser to print with (one is launched and closed otherwise). */
  readonly browser?: Browser;
}

/** The programme snapshot for a programme and period, from the database, as HTML or PDF. */
export async function renderSnapshot(prisma: PrismaClient, request: SnapshotRequest): Promise<Buffer> {
  const data = await collectSnapshot(prisma, {
    programmeCode: request.programmeCode,
    period: request.period,
    reach: request.reach,
  });
  const html = await renderSnapshotHtml(data, request.i18n);
  if (request.format === 'html') return Buffer.from(html, 'utf8');
  return printPdf(html, request.browser ? { browser: request.browser } : {});
}
