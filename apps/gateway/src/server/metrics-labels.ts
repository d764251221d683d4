import { getOperationAST, Kind, type DocumentNode } from 'graphql';

/** Paths the gateway serves; any other path is counted as `other`, never as the raw URL. */
const ROUTES = new Set(['/graphql', '/health', '/ready', '/metrics']);
const METHODS = new Set(['GET', 'POST', 'OPTIONS', 'HEAD']);

/** `/graphql`, `/health`, ... or `other`: a route, so a caller cannot add a time series per URL. */
export function routeLabel(url: string): string {
  // The usual case without parsing the URL again: `http://host/graphql` (query and fragment aside).
  const scheme = url.indexOf('://');
  if (scheme > 0) {
    const start = url.indexOf('/', scheme + 3);
    if (start > 0) {
      let end = url.length;
      for (const mark of ['?', '#']) {
        const at = url.indexOf(mark, start);
        if (at >= 0 && at < end) end = at;
      }
      const path = url.slice(start, end);
      if (ROUTES.has(path)) return path;
    }
  }
  try {
    const path = new URL(url, 'http://gateway.invalid').pathname;
    return ROUTES.has(path) ? path : 'other';
  } catch {
    return 'other';
  }
}

export function methodLabel(method: string): string {
  return METHODS.has(method) ? method : 'other';
}

/**
 * The operation name as a label: one of `known` (METRICS_OPERATION_NAMES), `anonymous`,
 * or `other`. Callers choose operation names freely; 3,000 made-up names must not be
 * 3,000 time series.
 */
export function operationNameLabel(name: string | null | undefined, known: ReadonlySet<string>): string {
  if (!name) return 'anonymous';
  return known.has(name) ? name : 'other';
}

/** The first root field of the operation when the schema has it (a bounded set), else `other`. */
export function rootFieldLabel(
  document: DocumentNode | undefined,
  operationName: string | undefined,
  rootFields: ReadonlySet<string>,
): string {
  if (!document) return 'none';
  const operation = getOperationAST(document, operationName);
  const first = operation?.selectionSet.selections.find((selection) => selection.kind === Kind.FIELD);
  if (!first || first.kind !== Kind.FIELD) return 'none';
  return rootFields.has(first.name.value) ? first.name.value : 'other';
}
