import type { SqlExecutor } from '@crc/db';
import { viewerFromRequest } from './viewer-from-request';
import type { Viewer } from './viewer';

// Keyed by the Request object itself: nothing outlives the request, and no key secret is kept.
const viewers = new WeakMap<Request, Promise<Viewer>>();

/**
 * The viewer of a request, looked up once however often it is asked for: the response
 * cache needs it (its key is the viewer's scope) before the context is built, and the
 * context needs it again. A refused key rejects both callers with the same 401 error.
 */
export function viewerPerRequest(request: Request, sql: Pick<SqlExecutor, 'query'>): Promise<Viewer> {
  let viewer = viewers.get(request);
  if (viewer === undefined) {
    viewer = viewerFromRequest(request, sql);
    viewers.set(request, viewer);
  }
  return viewer;
}
