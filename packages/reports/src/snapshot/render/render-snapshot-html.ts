import { requireArea } from '@crc/domain';
import type { MessageKey, Translator } from '@crc/i18n';
import { shares } from '@crc/metrics';
import { barChart } from '../charts/bar-chart';
import { governorateMap } from '../charts/governorate-map';
import { stackedBarChart } from '../charts/stacked-bar-chart';
import { LIVELIHOOD_SECTORS, type SnapshotData } from '../collect-snapshot';
import type { Traced } from '../figures/traced';
import { embeddedFontFaces } from './embedded-fonts';
import { escapeHtml as e } from './html-escape';
import { moneyInMillions } from './money-in-millions';
import { snapshotStyles } from './snapshot-styles';

/**
 * The programme snapshot as one self-contained HTML page (fonts and SVG charts inline,
 * nothing fetched), in the viewer's language and direction, with the sections of IOM's
 * CRP VI snapshot: donors and shares, projects by sector and status, people reached
 * by sector and sex, engagement counts, livelihood packages, indicators against
 * targets, a map, and an appendix that traces each figure to its query.
 */
export async function renderSnapshotHtml(data: SnapshotData, i18n: Translator): Promise<string> {
  const n = (value: number) => i18n.formatNumber(value);
  const money = (amount: string) =>
    i18n.formatNumber(Number(amount), { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const pct = (value: number) => i18n.formatPercent(value / 100, { fractionDigits: 1 });
  const t = (key: MessageKey, values?: Record<string, string | number>) => e(i18n.t(key, values));
  const direction = i18n.direction;
  const traces: { title: string; figure: Traced<unknown> }[] = [];
  const trace = (title: string, figure: Traced<unknown>) => {
    traces.push({ title, figure });
    return `data-figure="${e(figure.id)}" id="figure-${e(figure.id)}"`;
  };

  // Donors and shares.
  const donorSections = await Promise.all(
    data.donors.value.map(async (contributions) => {
      const chart = await barChart(
        contributions.rows.map((row) => ({
          label: row.donor,
          value: row.share,
          text: `${pct(row.share)} · ${moneyInMillions(i18n, row.amount, contributions.currency)}`,
        })),
        { direction, width: 300 },
      );
      const shareSum = Math.round(contributions.rows.reduce((sum, row) => sum + row.share * 10, 0)) / 10;
      return `
      <div class="headline"><span class="figure" data-total="${e(contributions.total)}">${e(moneyInMillions(i18n, contributions.total, contributions.currency))}</span><span class="figure">${e(pct(shareSum))}</span></div>
      <table><thead><tr><th>${t('report.snapshot.donor')}</th><th class="number">${t('report.snapshot.amount')} (<bdi>${e(contributions.currency)}</bdi>)</th><th class="number">${t('report.snapshot.share')}</th></tr></thead><tbody>
      ${contributions.rows.map((row) => `<tr><td>${e(row.donor)}</td><td class="number">${e(money(row.amount))}</td><td class="number">${e(pct(row.share))}</td></tr>`).join('')}
      <tr class="total"><td>${t('gateway.figureTotal')}</td><td class="number">${e(money(contributions.total))}</td><td class="number" data-share-sum="${shareSum}">${e(pct(shareSum))}</td></tr>
      </tbody></table>
      <div class="chart" data-chart="donors">${chart}</div>`;
    }),
  );

  // Map: projects per governorate.
  const mapSvg = await governorateMap(
    data.governorates.value.map((row) => {
      const area = requireArea(row.pcode);
      return {
        name: i18n.areaName(row.pcode).text,
        lat: area.centroid.lat,
        lon: area.centroid.lon,
        value: row.projects,
        text: n(row.projects),
      };
    }),
    { direction, width: 290 },
  );

  // Projects by sector and status.
  const sectorLabel = (sector: string) => i18n.vocabularyLabel('sectors', sector);
  const statusLabel = (status: string) => i18n.vocabularyLabel('iatiActivityStatuses', status);
  const sectors = [...new Set(data.projects.value.map((row) => row.sector))];
  const statuses = [...new Set(data.projects.value.map((row) => row.status))];
  const projectTotals = new Map(
    sectors.map((sector) => [
      sectorLabel(sector),
      n(data.projects.value.filter((row) => row.sector === sector).reduce((sum, row) => sum + row.projects, 0)),
    ]),
  );
  const projectsChart = sectors.length
    ? await stackedBarChart(
        data.projects.value.map((row) => ({
          label: sectorLabel(row.sector),
          part: statusLabel(row.status),
          value: row.projects,
        })),
        { direction, parts: statuses.map(statusLabel), totals: projectTotals, width: 360 },
      )
    : '';
  const projectCell = (sector: string, status: string) =>
    data.projects.value.find((row) => row.sector === sector && row.status === status)?.projects ?? 0;

  // People: targeted by sector (shares to 100), reached by sector and sex (published to the viewer).
  const targeted = sectors.map((sector) => ({
    sector,
    people: data.projects.value
      .filter((row) => row.sector === sector)
      .reduce((sum, row) => sum + row.targetIndividuals, 0),
  }));
  const targetedShares = shares(
    targeted.map((row) => row.people),
    { decimals: 1 },
  );
  const targetedChart = targeted.some((row) => row.people > 0)
    ? await barChart(
        targeted.map((row, i) => ({
          label: sectorLabel(row.sector),
          value: row.people,
          text: `${pct(targetedShares[i]!)} · ${n(row.people)}`,
        })),
        { direction, width: 340, color: '#45818e' },
      )
    : '';
  const reach = data.reach.value;
  const shown = (figure: { value: number | null; suppressed: boolean }) =>
    figure.suppressed || figure.value === null ? '' : n(figure.value);
  const reachSection =
    reach.grandTotal.value === 0
      ? `<p>${t('report.snapshot.noDeliveries')}</p>`
      : `<table><thead><tr><th>${t('report.dimension.SECTOR')}</th>${reach.columns.map((column) => `<th class="number">${e(column.label)}</th>`).join('')}<th class="number">${t('gateway.figureTotal')}</th></tr></thead><tbody>
        ${reach.rows.map((row) => `<tr><td>${e(row.categories[0]?.label ?? '')}</td>${row.cells.map((cell) => `<td class="number">${shown(cell)}</td>`).join('')}<td class="number">${shown(row.total)}</td></tr>`).join('')}
        <tr class="total"><td>${t('gateway.figureTotal')}</td>${reach.columnTotals.map((cell) => `<td class="number">${shown(cell)}</td>`).join('')}<td class="number">${shown(reach.grandTotal)}</td></tr>
        </tbody></table>
        <p class="meta">${e(reach.suppressionThreshold === null ? i18n.t('report.note.exactFigures') : i18n.t('report.note.protectedFigures', { k: reach.suppressionThreshold }))} ${t('report.note.distinctTotals')}</p>`;

  // Engagement.
  const engagementCards = data.engagement.value.length
    ? `<div class="cards">${data.engagement.value
        .map(
          (row) =>
            `<div class="card"><span class="figure">${e(n(row.events))}</span>${e(i18n.vocabularyLabel('engagementTypes', row.type))}${
              row.participantsFemale + row.participantsMale > 0
                ? `<br><span class="meta">${t('report.snapshot.participants', { female: row.participantsFemale, male: row.participantsMale })}</span>`
                : ''
            }</div>`,
        )
        .join('')}</div>`
    : `<p>${t('report.snapshot.none')}</p>`;

  // Livelihoods and indicators.
  const value = (figure: { value: string; unit: string }) =>
    figure.unit === 'percent' ? pct(Number(figure.value)) : n(Number(figure.value));
  const livelihoods = data.indicators.value.filter(
    (row) => row.sector !== null && LIVELIHOOD_SECTORS.includes(row.sector),
  );
  const livelihoodCards = livelihoods.length
    ? `<div class="cards">${livelihoods.map((row) => `<div class="card"><span class="figure">${e(value(row))}</span>${e(row.name)}</div>`).join('')}</div>`
    : `<p>${t('report.snapshot.none')}</p>`;
  const indicatorRows = data.indicators.value
    .map((row) => {
      const progress =
        row.target !== null && Number(row.target) > 0
          ? pct(Math.round((Number(row.value) / Number(row.target)) * 1000) / 10)
          : t('report.snapshot.noTarget');
      return `<tr><td>${e(row.name)}</td><td class="number">${e(value(row))}</td><td class="number">${row.target === null ? '' : e(value({ value: row.target, unit: row.unit }))}</td><td class="number">${progress}</td></tr>`;
    })
    .join('');

  const title = i18n.t('report.snapshot.title', { programme: data.programme.code });
  const body = `
<header>
  <h1>${e(title)}</h1>
  <p><strong>${e(data.programme.name)}</strong>${data.programme.leadName ? ` · ${e(data.programme.leadName)}` : ''}</p>
  <p class="meta">${t('report.snapshot.period', { from: i18n.formatDate(data.period.from), to: i18n.formatDate(data.period.to) })}</p>
</header>
<section id="donors" ${trace(i18n.t('report.snapshot.donors'), data.donors)}><h2>${t('report.snapshot.donors')}</h2>${donorSections.join('') || `<p>${t('report.snapshot.none')}</p>`}</section>
<section id="map" ${trace(i18n.t('report.snapshot.map'), data.governorates)}><h2>${t('report.snapshot.map')}</h2>
  <div class="grid"><div class="chart" data-chart="map">${mapSvg}</div>
  <div><table class="compact"><thead><tr><th>${t('report.fiveW.governorate')}</th><th class="number">${t('report.snapshot.projectsColumn')}</th></tr></thead><tbody>
  ${data.governorates.value.map((row) => `<tr><td>${e(i18n.areaName(row.pcode).text)}</td><td class="number">${e(n(row.projects))}</td></tr>`).join('')}
  </tbody></table><p class="meta">${t('report.snapshot.mapCaption')}</p></div></div>
</section>
<section id="projects" ${trace(i18n.t('report.snapshot.projects'), data.projects)}><h2>${t('report.snapshot.projects')}</h2>
  <div class="chart" data-chart="projects">${projectsChart}</div>
  <table><thead><tr><th>${t('report.dimension.SECTOR')}</th>${statuses.map((status) => `<th class="number">${e(statusLabel(status))}</th>`).join('')}<th class="number">${t('gateway.figureTotal')}</th></tr></thead><tbody>
  ${sectors.map((sector) => `<tr><td>${e(sectorLabel(sector))}</td>${statuses.map((status) => `<td class="number">${e(n(projectCell(sector, status)))}</td>`).join('')}<td class="number">${e(projectTotals.get(sectorLabel(sector)) ?? '')}</td></tr>`).join('')}
  </tbody></table>
</section>
<section id="people" ${trace(i18n.t('report.snapshot.people'), data.reach)}><h2>${t('report.snapshot.people')}</h2>
  <h3>${t('report.fiveW.targeted')}</h3><div class="chart" data-chart="targeted">${targetedChart}</div>
  <h3>${t('report.snapshot.servicesBySectorAndSex')}</h3>${reachSection}
</section>
<section id="engagement" ${trace(i18n.t('report.snapshot.engagement'), data.engagement)}><h2>${t('report.snapshot.engagement')}</h2>${engagementCards}</section>
<section id="livelihoods"><h2>${t('report.snapshot.livelihoods')}</h2>${livelihoodCards}</section>
<section id="indicators" class="long" ${trace(i18n.t('report.snapshot.indicators'), data.indicators)}><h2>${t('report.snapshot.indicators')}</h2>
  <table><colgroup><col style="width:58%"><col><col><col></colgroup><thead><tr><th>${t('report.snapshot.indicator')}</th><th class="number">${t('report.snapshot.value')}</th><th class="number">${t('report.snapshot.target')}</th><th class="number">${t('report.snapshot.progress')}</th></tr></thead><tbody>${indicatorRows}</tbody></table>
</section>
<section id="appendix" class="long appendix"><h2>${t('report.snapshot.appendix')}</h2>
  <table><colgroup><col style="width:24%"><col style="width:56%"><col></colgroup><thead><tr><th>${t('report.snapshot.figure')}</th><th>${t('report.snapshot.query')}</th><th>${t('report.snapshot.computedAt')}</th></tr></thead><tbody>
  ${traces.map(({ title: figureTitle, figure }) => `<tr data-trace="${e(figure.id)}"><td><a href="#figure-${e(figure.id)}">${e(figureTitle)}</a></td><td><code>${e(figure.query)}</code></td><td>${e(i18n.formatDate(new Date(figure.computedAt), { style: 'medium' }))} ${e(figure.computedAt.slice(11, 16))} UTC</td></tr>`).join('')}
  </tbody></table>
</section>
<footer>${t('report.snapshot.generated', { date: i18n.formatDate(new Date(data.computedAt)) })} Noto Naskh Arabic, Noto Sans: SIL Open Font License 1.1. Natural Earth.</footer>`;

  return `<!doctype html>
<html lang="${i18n.locale}" dir="${direction}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<style>
${embeddedFontFaces()}
${snapshotStyles(direction)}
</style>
</head>
<body>${body}
</body>
</html>
`;
}
