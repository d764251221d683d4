import type { Db } from '@crc/db';
import { createTranslator, negotiateLocale, type DigitSystem, type Translator } from '@crc/i18n';
import {
  figureTableExport,
  fiveWReport,
  findProgramme,
  renderSnapshot,
  toHxlCsv,
  toXlsx,
  UnknownProgrammeError,
  type ExportTable,
} from '@crc/reports';
import { GraphQLError } from 'graphql';
import type { z } from 'zod';
import { viewerFromRequest } from '../auth/viewer-from-request';
import type { RequestStep } from '../server/request-steps';
import { DownloadError } from './download-error';
import { parametersOf, ProgrammeDownloadSchema, ReachDownloadSchema } from './download-request';
import { graphqlReachSource, type GraphQLHandler } from './graphql-reach-source';

const PREFIX = '/downloads/';

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
} as const;

type Format = keyof typeof CONTENT_TYPES;
type TableFormat = 'csv' | 'xlsx';

const KNOWN = 'try /downloads/reach.csv, reach.xlsx, 5w.csv, 5w.xlsx, snapshot.html or snapshot.pdf';

/**
 * Figures as files, beside /graphql: `/downloads/reach.{csv,xlsx}`,
 * `/downloads/5w.{csv,xlsx}` and the programme snapshot `/downloads/snapshot.{html,pdf}`. A download is authorised as a query is (the same
 * `Authorization` key; an unknown or revoked key gets 401), and its people figures are
 * asked of the graph's own `reach` as that viewer, so the file holds the values the
 * graph returns. CSV carries an HXL hashtag row; XLSX is right to left for ar and ckb.
 * A step of the gateway's one onRequest hook (server/request-steps.ts).
 */
export function downloadsStep(db: Db): RequestStep {
  return (event) => {
    const { request, url, requestHandler, serverContext } = event;
    // Not an async function: every other request goes on at once, without a promise.
    if (!url.pathname.startsWith(PREFIX)) return false;
    const handle: GraphQLHandler = async (inner) => requestHandler(inner, serverContext);
    return answer(handle, db, request, url).then((response) => {
      event.endResponse(response);
      return true;
    });
  };
}

async function answer(gateway: GraphQLHandler, db: Db, request: Request, url: URL): Promise<Response> {
  if (request.method !== 'GET') return problem(405, 'downloads are read with GET');
  try {
    await viewerFromRequest(request, db.sql);
    const [name, extension] = url.pathname.slice(PREFIX.length).split('.');
    const format = extension as Format;
    const formats: Record<string, readonly Format[]> = {
      reach: ['csv', 'xlsx'],
      '5w': ['csv', 'xlsx'],
      snapshot: ['html', 'pdf'],
    };
    const known = name !== undefined && Object.hasOwn(formats, name) && formats[name]!.includes(format);
    const parameters = parametersOf(url);
    switch (known ? name : undefined) {
      case 'reach':
        return file(
          await reachTable(gateway, db, request, parse(ReachDownloadSchema, parameters)),
          format as TableFormat,
          'reach',
        );
      case '5w': {
        const args = parse(ProgrammeDownloadSchema, parameters);
        const i18n = translatorFor(request, args);
        const table = await fiveWReport(db.prisma, {
          programmeCode: args.programme,
          period: { from: args.from, to: args.to },
          i18n,
          reach: graphqlReachSource(gateway, request),
        });
        return file(table, format as TableFormat, `5w-${args.programme}-${args.from}-${args.to}`);
      }
      case 'snapshot': {
        const args = parse(ProgrammeDownloadSchema, parameters);
        const content = await renderSnapshot(db.prisma, {
          programmeCode: args.programme,
          period: { from: args.from, to: args.to },
          i18n: translatorFor(request, args),
          reach: graphqlReachSource(gateway, request),
          format: format as 'html' | 'pdf',
        });
        return attachment(new Uint8Array(content), format, `snapshot-${args.programme}-${args.from}-${args.to}`);
      }
      default:
        throw new DownloadError(404, `no download ${url.pathname}: ${KNOWN}`);
    }
  } catch (error) {
    if (error instanceof DownloadError) return problem(error.status, error.message, error.parameter);
    if (error instanceof UnknownProgrammeError) return problem(404, error.message, 'programme');
    if (error instanceof RangeError) return problem(400, error.message);
    if (error instanceof GraphQLError && error.extensions.code === 'UNAUTHENTICATED')
      return problem(401, error.message);
    throw error;
  }
}

async function reachTable(
  gateway: GraphQLHandler,
  db: Db,
  request: Request,
  args: z.infer<typeof ReachDownloadSchema>,
): Promise<ExportTable> {
  const i18n = translatorFor(request, args);
  const programme = args.programme ? await findProgramme(db.prisma, args.programme) : undefined;
  const filter = {
    ...(programme ? { programmeId: programme.id } : {}),
    ...(args.from ? { from: args.from } : {}),
    ...(args.to ? { to: args.to } : {}),
    ...(args.areaPcode ? { areaPcode: args.areaPcode } : {}),
  };
  const table = await graphqlReachSource(
    gateway,
    request,
  )({ by: args.by, filter, ...(args.areaLevel ? { areaLevel: args.areaLevel } : {}) });
  return figureTableExport(table, {
    i18n,
    title: i18n.t('report.reach.title'),
    ...(args.areaLevel ? { areaLevel: args.areaLevel } : {}),
    notes: [
      i18n.t('report.note.computed', {
        date: new Date().toISOString().slice(0, 10),
        query: `reach(by: [${args.by.join(', ')}], filter: ${JSON.stringify(filter)})`,
      }),
    ],
  });
}

/** The locale of a download: the `locale` parameter, else Accept-Language; digits from `digits`, else X-Digits. */
function translatorFor(
  request: Request,
  args: { locale?: 'en' | 'ar' | 'ckb' | undefined; digits?: DigitSystem | undefined },
): Translator {
  const locale = args.locale ?? negotiateLocale(request.headers.get('accept-language'));
  const header = request.headers.get('x-digits');
  const digits = args.digits ?? (header === 'latn' || header === 'arab' ? header : undefined);
  return createTranslator(locale, digits ? { digits } : {});
}

function parse<S extends z.ZodType>(schema: S, parameters: Record<string, string>): z.infer<S> {
  const parsed = schema.safeParse(parameters);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const parameter = String(issue.path[0] ?? 'query');
  throw new DownloadError(400, `${parameter}: ${issue.message}`, parameter);
}

async function file(table: ExportTable, format: TableFormat, baseName: string): Promise<Response> {
  return attachment(format === 'xlsx' ? new Uint8Array(await toXlsx(table)) : toHxlCsv(table), format, baseName);
}

function attachment(body: Uint8Array<ArrayBuffer> | string, format: Format, baseName: string): Response {
  return new Response(body, {
    status: 200,
    headers: {
      'content-type': CONTENT_TYPES[format],
      'content-disposition': `attachment; filename="${baseName.replace(/[^A-Za-z0-9._-]/g, '_')}.${format}"`,
      // The figures depend on who asks: never cached for another viewer.
      'cache-control': 'private, no-store',
    },
  });
}

function problem(status: number, message: string, parameter?: string): Response {
  return Response.json({ errors: [{ message, ...(parameter ? { parameter } : {}) }] }, { status });
}
