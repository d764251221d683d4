import type { IncomingMessage } from 'node:http';
import type { OnRequestEventPayload, ServerAdapterInitialContext } from '@whatwg-node/server';
import type { Plugin } from 'graphql-yoga';

/** The server context of a request through node:http: its IncomingMessage beside whatwg-node's own fields. */
export type RequestEvent = OnRequestEventPayload<ServerAdapterInitialContext & { req?: IncomingMessage }>;

/**
 * One thing the gateway does when a request arrives, before yoga reads it: answer a route
 * of its own (`/ready`, `/metrics`, `/downloads/...`) or refuse the request (rate limit,
 * body size). True when it ended the response (the steps after it do not run), false when
 * the request goes on, at once or once its promise settles.
 */
export type RequestStep = (event: RequestEvent) => boolean | Promise<boolean>;

/**
 * The steps, in order, as ONE onRequest hook: yoga and whatwg-node iterate their hooks
 * with promise helpers allocated per hook and request, so a /graphql request paid for
 * each route plugin's hook only to learn the route was not its own (issue 13). A step
 * that answers synchronously costs a function call; a step's promise is awaited before
 * the next, as whatwg-node awaited each hook.
 */
export function requestStepsPlugin(
  steps: readonly (RequestStep | undefined)[],
): Plugin<Record<string, unknown>, ServerAdapterInitialContext & { req?: IncomingMessage }> {
  const present = steps.filter((step): step is RequestStep => step !== undefined);
  const from = (event: RequestEvent, first: number): Promise<void> | undefined => {
    for (let index = first; index < present.length; index++) {
      const ended = present[index]!(event);
      if (ended === true) return undefined;
      if (ended !== false) return ended.then((done) => (done ? undefined : from(event, index + 1)));
    }
    return undefined;
  };
  if (present.length === 0) return {};
  return { onRequest: (event) => from(event, 0) };
}
