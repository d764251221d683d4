import { FIGURE_TABLE_SELECTION, publishedFigureTableSchema, type ReachSource } from '@crc/reports';
import { DownloadError } from './download-error';

const REACH_QUERY = `query DownloadReach($by: [ReachDimension!]!, $filter: ReachFilter, $areaLevel: AdminLevel) {
  reach(by: $by, filter: $filter, areaLevel: $areaLevel) { ${FIGURE_TABLE_SELECTION} }
}`;

/** The headers of the download request that decide who asks and in which language. */
const FORWARDED_HEADERS = ['authorization', 'accept-language', 'x-digits', 'x-request-id'];

interface GraphQLReply {
  readonly data?: { readonly reach?: unknown } | null;
  readonly errors?: readonly {
    readonly message: string;
    readonly extensions?: { readonly code?: string; readonly field?: string };
  }[];
}

/**
 * People figures for a download, asked of the gateway's own `reach` field with the
 * download request's key and language: the file holds exactly what the graph publishes
 * to this viewer (protected figures for protected viewers), through the same
 * authorisation, limits and disclosure control.
 */
/** Runs a GraphQL request through the gateway (yoga's handler: context, authorisation, limits, execution). */
export type GraphQLHandler = (request: Request) => Promise<Response>;

export function graphqlReachSource(handle: GraphQLHandler, request: Request): ReachSource {
  return async ({ by, filter, areaLevel }) => {
    const headers = new Headers({ 'content-type': 'application/json' });
    for (const name of FORWARDED_HEADERS) {
      const value = request.headers.get(name);
      if (value !== null) headers.set(name, value);
    }
    const response = await handle(
      new Request(new URL('/graphql', request.url), {
        method: 'POST',
        headers,
        body: JSON.stringify({
          query: REACH_QUERY,
          variables: { by, filter, ...(areaLevel ? { areaLevel: areaLevel.toUpperCase() } : {}) },
        }),
      }),
    );
    const reply = (await response.json()) as GraphQLReply;
    const error = reply.errors?.[0];
    if (error) {
      const refusedArguments =
        error.extensions?.code === 'BAD_USER_INPUT' || error.extensions?.code === 'GRAPHQL_VALIDATION_FAILED';
      throw new DownloadError(
        refusedArguments ? 400 : response.status >= 400 ? response.status : 500,
        error.message,
        error.extensions?.field,
      );
    }
    return publishedFigureTableSchema.parse(reply.data?.reach);
  };
}
