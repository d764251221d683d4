import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFigures, type FiguresFixture } from '../schema/figures/figures-fixtures';
import { createTestGateway, type TestGateway } from '../testing/test-gateway';

interface Value {
  value: number | null;
  suppressed: boolean;
}
interface Table {
  suppressionThreshold: number | null;
  columns: { code: string }[];
  rows: { categories: { code: string }[]; cells: Value[]; total: Value }[];
  columnTotals: Value[];
  grandTotal: Value;
}

const VALUE = 'value suppressed';
const REACH = `query Reach($by: [ReachDimension!]!, $filter: ReachFilter) {
  reach(by: $by, filter: $filter) {
    suppressionThreshold columns { code }
    rows { categories { code } cells { ${VALUE} } total { ${VALUE} } }
    columnTotals { ${VALUE} } grandTotal { ${VALUE} }
  }
}`;

let gw: TestGateway;
let fixture: FiguresFixture;
beforeAll(async () => {
  gw = await createTestGateway();
  fixture = await seedFigures(gw);
}, 120_000);
afterAll(async () => {
  await gw.close();
});

function download(
  path: string,
  options: { apiKey?: string; headers?: Record<string, string> } = {},
): Promise<Response> {
  return Promise.resolve(
    gw.gateway.fetch(`http://gateway.test${path}`, {
      headers: { ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}), ...options.headers },
    }),
  );
}

async function graphReach(variables: Record<string, unknown>, apiKey: string): Promise<Table> {
  const result = await gw.graphql<{ reach: Table }>(REACH, { variables, apiKey });
  expect(result.errors).toBeUndefined();
  return result.data!.reach;
}

/** The figures of a table as an export writes them: each row's cells then its total, then the totals row; hidden ones null. */
function expectedRows(table: Table): (number | null)[][] {
  const shown = (figure: Value) => (figure.suppressed ? null : figure.value);
  return [
    ...table.rows.map((row) => [...row.cells.map(shown), shown(row.total)]),
    [...table.columnTotals.map(shown), shown(table.grandTotal)],
  ];
}

const numberOrNull = (text: unknown): number | null =>
  text === '' || text === null || text === undefined ? null : Number(text);

describe('downloads', () => {
  it('a PARTNER key downloads the reach table as XLSX and as HXL CSV with the same protected values the graph returns', async () => {
    const graph = await graphReach({ by: ['POPULATION_GROUP', 'SEX'] }, fixture.keys.PARTNER);
    expect(graph.suppressionThreshold).not.toBeNull();
    const expected = expectedRows(graph);
    // Partners get perturbed figures: the fixture's idp × female cell (2 people) is never shown as 1 to k - 1.
    expect(
      expected.flat().filter((value) => value !== null && value >= 1 && value < graph.suppressionThreshold!),
    ).toEqual([]);

    const csvResponse = await download('/downloads/reach.csv?by=POPULATION_GROUP,SEX', {
      apiKey: fixture.keys.PARTNER,
    });
    expect(csvResponse.status).toBe(200);
    expect(csvResponse.headers.get('content-type')).toContain('text/csv');
    const csv = parse(await csvResponse.text(), { bom: true, relax_column_count: true }).filter(
      (row) => row.length > 1,
    );
    const [labels, hashtags, ...data] = csv;
    expect(labels![0]).toBe('Population group');
    expect(hashtags).toEqual([
      '#group+name',
      '#group+code',
      ...graph.columns.map(
        (column) =>
          `#reached+ind+${({ female: 'f', male: 'm' } as Record<string, string>)[column.code] ?? column.code}`,
      ),
      '#reached+ind+total',
    ]);
    expect(data.map((row) => row.slice(2).map(numberOrNull))).toEqual(expected);

    const xlsxResponse = await download('/downloads/reach.xlsx?by=POPULATION_GROUP,SEX', {
      apiKey: fixture.keys.PARTNER,
    });
    expect(xlsxResponse.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsxResponse.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(2).getCell(1).value).toBe('#group+name');
    const xlsxData: (number | null)[][] = [];
    for (let r = 3; r < 3 + expected.length; r++) {
      const row = sheet.getRow(r);
      xlsxData.push(Array.from({ length: expected[0]!.length }, (_, i) => numberOrNull(row.getCell(i + 3).value)));
    }
    expect(xlsxData).toEqual(expected);
  });

  it('gives ADMIN the exact figures the graph gives ADMIN, in Arabic and right to left', async () => {
    const graph = await graphReach({ by: ['POPULATION_GROUP', 'SEX'] }, fixture.keys.ADMIN);
    expect(graph.suppressionThreshold).toBeNull();
    const response = await download('/downloads/reach.xlsx?by=POPULATION_GROUP,SEX&locale=ar', {
      apiKey: fixture.keys.ADMIN,
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.views[0]?.rightToLeft).toBe(true);
    expect(sheet.getRow(1).getCell(1).value).toBe('الفئة السكانية');
    const idp = graph.rows.findIndex((row) => row.categories[0]!.code === 'idp');
    expect(sheet.getRow(3 + idp).getCell(3).value).toBe(2);
  });

  it('refuses an unknown key, a bad dimension and an unknown programme, naming the reason', async () => {
    expect((await download('/downloads/reach.csv?by=SEX', { apiKey: 'crc_not_a_key' })).status).toBe(401);
    const bad = await download('/downloads/reach.csv?by=SEX,COLOUR');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: { parameter: string }[] }).errors[0]!.parameter).toBe('by');
    const unknown = await download('/downloads/5w.csv?programme=NOPE&from=2024-01-01&to=2024-12-31');
    expect(unknown.status).toBe(404);
    expect((await download('/downloads/nothing.pdf')).status).toBe(404);
  });

  it('the 5W report carries the 5W hashtags and, for a PARTNER, the published reach of each project', async () => {
    const response = await download('/downloads/5w.csv?programme=FIG-P&from=2024-01-01&to=2024-12-31', {
      apiKey: fixture.keys.PARTNER,
    });
    expect(response.status).toBe(200);
    const [, hashtags, ...rows] = parse(await response.text(), { bom: true, relax_column_count: true });
    for (const tag of [
      '#org',
      '#org+impl',
      '#sector',
      '#activity',
      '#adm1+code',
      '#adm2+code',
      '#date+start',
      '#date+end',
      '#reached+ind',
      '#status',
    ]) {
      expect(hashtags).toContain(tag);
    }
    expect(hashtags).toContain('#reached+ind+f+age18_59');
    const codeColumn = hashtags!.indexOf('#activity+code');
    const reachedColumn = hashtags!.indexOf('#reached+ind');
    const employment = rows.find((row) => row[codeColumn] === 'FIG-EMP')!;
    const projects = await gw.db.prisma.project.findUniqueOrThrow({ where: { code: 'FIG-EMP' } });
    const graph = await graphReach(
      { by: ['SEX', 'AGE_BRACKET'], filter: { projectId: projects.id, from: '2024-01-01', to: '2024-12-31' } },
      fixture.keys.PARTNER,
    );
    expect(numberOrNull(employment[reachedColumn])).toBe(graph.grandTotal.suppressed ? null : graph.grandTotal.value);
  });
});

describe('snapshot download', () => {
  it('serves the snapshot as HTML whose people figures are the ones the graph publishes to the viewer, and as a PDF', async () => {
    const period = 'programme=FIG-P&from=2024-01-01&to=2024-12-31';
    const partner = await download(`/downloads/snapshot.html?${period}`, { apiKey: fixture.keys.PARTNER });
    expect(partner.status).toBe(200);
    expect(partner.headers.get('content-type')).toContain('text/html');
    const html = await partner.text();
    expect(html).toContain('<html lang="en" dir="ltr">');
    const graph = await graphReach(
      { by: ['SECTOR', 'SEX'], filter: { programmeId: fixture.programmeId, from: '2024-01-01', to: '2024-12-31' } },
      fixture.keys.PARTNER,
    );
    expect(graph.suppressionThreshold).not.toBeNull();
    // The people table of the page, cell by cell, is the graph's table for this viewer (perturbed for partners).
    const people = html.slice(
      html.indexOf('id="figure-reach-by-sector-and-sex"'),
      html.indexOf('id="figure-engagement-counts"'),
    );
    const cells = [...people.matchAll(/<td class="number">([^<]*)<\/td>/g)].map((match) =>
      match[1] === '' ? null : Number(match[1]!.replace(/,/g, '')),
    );
    expect(cells).toEqual(expectedRows(graph).flat());
    expect(cells.filter((value) => value !== null && value >= 1 && value < graph.suppressionThreshold!)).toEqual([]);

    const arabic = await download(`/downloads/snapshot.html?${period}&locale=ar`, { apiKey: fixture.keys.ADMIN });
    expect(await arabic.text()).toContain('<html lang="ar" dir="rtl">');

    const pdf = await download(`/downloads/snapshot.pdf?${period}`, { apiKey: fixture.keys.PARTNER });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
  });
});
