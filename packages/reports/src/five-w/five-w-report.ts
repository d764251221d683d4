import type { PrismaClient } from '@crc/db';
import { DEFAULT_AGE_BRACKETS, ancestorsOf, getArea } from '@crc/domain';
import type { Translator } from '@crc/i18n';
import type { ReachSource } from '../figures/reach-source';
import { findProgramme } from '../programme/find-programme';
import type { ReportPeriod } from '../programme/report-period';
import type { ExportCell, ExportColumn, ExportTable } from '../table/export-table';

export interface FiveWOptions {
  readonly programmeCode: string;
  readonly period: ReportPeriod;
  readonly i18n: Translator;
  /** People reached, as published to the viewer. */
  readonly reach: ReachSource;
  /** When the figures were computed (the notes say so); default now. */
  readonly computedAt?: Date;
}

const SEXES = ['female', 'male'] as const;
const SEX_ATTRIBUTE = { female: 'f', male: 'm' } as const;

/**
 * OCHA's 5W activity report (who does what, where, when, for whom) for one programme
 * and period: one row per project active in the period and its area, in the column
 * order and with the HXL hashtags of the 5W templates (#org, #org+impl, #sector,
 * #activity, #adm1+code, #adm2+code, #date+start, #date+end, #reached+ind with its
 * sex and age columns, #status), plus the programme, donors and people targeted.
 * People reached are unique people served under the project in the period, from the
 * reach source (so protected viewers get the published figures); a project with no
 * recorded deliveries has them empty, not 0.
 */
export async function fiveWReport(prisma: PrismaClient, options: FiveWOptions): Promise<ExportTable> {
  const { i18n, period } = options;
  const programme = await findProgramme(prisma, options.programmeCode);
  const projects = await prisma.project.findMany({
    where: {
      programmeId: programme.id,
      OR: [{ startDate: null }, { startDate: { lte: new Date(`${period.to}T00:00:00Z`) } }],
      AND: [{ OR: [{ endDate: null }, { endDate: { gte: new Date(`${period.from}T00:00:00Z`) } }] }],
    },
    orderBy: { code: 'asc' },
    select: {
      id: true,
      code: true,
      title: true,
      sector: true,
      status: true,
      areaPcode: true,
      startDate: true,
      endDate: true,
      targetIndividuals: true,
      implementingOrganisation: { select: { name: true } },
      donors: { select: { organisation: { select: { name: true } } } },
    },
  });
  const served = new Set(
    (
      await prisma.serviceDelivery.findMany({
        where: {
          projectId: { in: projects.map((project) => project.id) },
          deliveredOn: { gte: new Date(`${period.from}T00:00:00Z`), lte: new Date(`${period.to}T00:00:00Z`) },
        },
        distinct: ['projectId'],
        select: { projectId: true },
      })
    ).map((row) => row.projectId),
  );

  const brackets = DEFAULT_AGE_BRACKETS;
  const columns: ExportColumn[] = [
    { label: i18n.t('report.fiveW.organisation'), hxl: '#org', kind: 'text' },
    { label: i18n.t('report.fiveW.implementer'), hxl: '#org+impl', kind: 'text' },
    { label: i18n.t('report.fiveW.donors'), hxl: '#org+funder', kind: 'text' },
    { label: i18n.t('report.fiveW.programme'), hxl: '#activity+programme', kind: 'text' },
    { label: i18n.t('report.dimension.SECTOR'), hxl: '#sector', kind: 'text' },
    { label: i18n.t('report.fiveW.activity'), hxl: '#activity', kind: 'text' },
    { label: i18n.t('report.fiveW.project'), hxl: '#activity+code', kind: 'text' },
    { label: i18n.t('report.fiveW.governorate'), hxl: '#adm1+name', kind: 'text' },
    { label: i18n.t('report.fiveW.governorateCode'), hxl: '#adm1+code', kind: 'text' },
    { label: i18n.t('report.fiveW.district'), hxl: '#adm2+name', kind: 'text' },
    { label: i18n.t('report.fiveW.districtCode'), hxl: '#adm2+code', kind: 'text' },
    { label: i18n.t('report.fiveW.start'), hxl: '#date+start', kind: 'date' },
    { label: i18n.t('report.fiveW.end'), hxl: '#date+end', kind: 'date' },
    { label: i18n.t('report.fiveW.targeted'), hxl: '#targeted+ind', kind: 'count' },
    { label: i18n.t('report.fiveW.reached'), hxl: '#reached+ind', kind: 'count' },
    ...SEXES.flatMap((sex) =>
      brackets.map((bracket): ExportColumn => ({
        label: i18n.t('report.fiveW.reachedGroup', {
          sex: i18n.vocabularyLabel('sexes', sex),
          age: i18n.ageBracketLabel(bracket),
        }),
        hxl: `#reached+ind+${SEX_ATTRIBUTE[sex]}+age${bracket.code.replace('+', 'plus').replace('-', '_')}`,
        kind: 'count',
      })),
    ),
    { label: i18n.t('report.fiveW.status'), hxl: '#status', kind: 'text' },
  ];

  const rows: ExportCell[][] = [];
  for (const project of projects) {
    const area = project.areaPcode ? getArea(project.areaPcode) : undefined;
    const chain = area ? [...ancestorsOf(area.pcode), area] : [];
    const governorate = chain.find((candidate) => candidate.level === 'governorate');
    const district = chain.find((candidate) => candidate.level === 'district');
    let reached: ExportCell[] = [null, ...SEXES.flatMap(() => brackets.map(() => null))];
    if (served.has(project.id)) {
      const table = await options.reach({
        by: ['SEX', 'AGE_BRACKET'],
        filter: { projectId: project.id, from: period.from, to: period.to },
      });
      const cell = (sex: string, bracket: string): ExportCell => {
        const row = table.rows.find((candidate) => candidate.categories[0]?.code === sex);
        const column = table.columns.findIndex((candidate) => candidate.code === bracket);
        const figure = row?.cells[column];
        return figure === undefined ? 0 : figure.suppressed ? null : figure.value;
      };
      reached = [
        table.grandTotal.suppressed ? null : table.grandTotal.value,
        ...SEXES.flatMap((sex) => brackets.map((bracket) => cell(sex, bracket.code))),
      ];
    }
    rows.push([
      programme.leadName,
      project.implementingOrganisation?.name ?? null,
      project.donors.map((donor) => donor.organisation.name).join('; ') || null,
      programme.name,
      i18n.vocabularyLabel('sectors', project.sector),
      project.title,
      project.code,
      governorate ? i18n.areaName(governorate.pcode).text : null,
      governorate?.pcode ?? null,
      district ? i18n.areaName(district.pcode).text : null,
      district?.pcode ?? null,
      project.startDate?.toISOString().slice(0, 10) ?? null,
      project.endDate?.toISOString().slice(0, 10) ?? null,
      project.targetIndividuals,
      ...reached,
      i18n.vocabularyLabel('iatiActivityStatuses', project.status),
    ]);
  }
  const computedAt = (options.computedAt ?? new Date()).toISOString().slice(0, 10);
  return {
    title: `${i18n.t('report.fiveW.title')} ${programme.code}`,
    sheetName: `5W ${programme.code}`,
    direction: i18n.direction,
    columns,
    rows,
    notes: [
      i18n.t('report.snapshot.period', { from: i18n.formatDate(period.from), to: i18n.formatDate(period.to) }),
      i18n.t('report.note.computed', {
        date: computedAt,
        query: `project WHERE programme = ${programme.code} AND start_date <= ${period.to} AND (end_date IS NULL OR end_date >= ${period.from}); reach by sex and age per project`,
      }),
    ],
  };
}
