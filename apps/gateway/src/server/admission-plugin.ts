import type { IncomingMessage } from 'node:http';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { BacklogFullError, FairAdmission } from './fair-admission';
import { rateLimitSubject } from './rate-limit-plugin';

export interface AdmissionOptions {
  /** Operations executing at once (MAX_CONCURRENT_OPERATIONS). */
  readonly capacity: number;
  /** Operations of one client waiting for a slot; its next is refused (MAX_WAITING_PER_CLIENT). */
  readonly maxWaitingPerClient: number;
  /** Read the client address from X-Forwarded-For, as the rate limit does. */
  readonly trustProxy: boolean;
}

/**
 * A slot frees as soon as any operation ends, usually well within a second; Retry-After
 * counts in whole seconds, so one is the shortest honest answer.
 */
const RETRY_AFTER_SECONDS = 1;

function backlogRefusal(options: AdmissionOptions) {
  return {
    message: `Too many requests of this client waiting: at most ${options.maxWaitingPerClient} wait for a turn (MAX_WAITING_PER_CLIENT) while ${options.capacity} operations run (MAX_CONCURRENT_OPERATIONS); retry after ${RETRY_AFTER_SECONDS} s.`,
    extensions: {
      code: 'RATE_LIMITED',
      reason: 'backlog',
      limit: options.maxWaitingPerClient,
      retryAfterSeconds: RETRY_AFTER_SECONDS,
    },
  };
}

function clientOf(request: Request, socketAddress: string | undefined, trustProxy: boolean): string {
  const subject = rateLimitSubject(request, socketAddress, trustProxy);
  return `${subject.kind}:${subject.id}`;
}

/**
 * Admission control with fair turns (fair-admission.ts): at most `capacity` operations
 * execute at once, and the waiting ones start client by client, a client being an API
 * key or, without one, an address (the rate limit's subject). Placed after the response
 * cache: a cached answer needs no slot.
 *
 * A client with `maxWaitingPerClient` operations already waiting is refused at once: HTTP
 * 429, Retry-After, RATE_LIMITED with reason `backlog`. Checked when the request arrives
 * (before parsing and the viewer's look-up, so a flood costs next to nothing) and again
 * when it would wait for its slot.
 */
export function admissionPlugin(options: AdmissionOptions): Plugin<Record<string, unknown>, { req?: IncomingMessage }> {
  const admission = new FairAdmission(options.capacity, options.maxWaitingPerClient);
  return {
    onRequest(event) {
      const { request, url, serverContext, fetchAPI } = event;
      if (url.pathname !== '/graphql' || request.method === 'OPTIONS') return;
      const client = clientOf(request, serverContext?.req?.socket.remoteAddress, options.trustProxy);
      if (!admission.isBacklogFull(client)) return;
      const refusal = backlogRefusal(options);
      event.endResponse(
        new fetchAPI.Response(JSON.stringify({ errors: [refusal] }), {
          status: 429,
          headers: { 'content-type': 'application/json', 'retry-after': String(RETRY_AFTER_SECONDS) },
        }),
      );
    },
    onExecute({ executeFn, setExecuteFn, args }) {
      const context = args.contextValue as { request?: Request; req?: IncomingMessage };
      const client = context.request
        ? clientOf(context.request, context.req?.socket.remoteAddress, options.trustProxy)
        : 'address:unknown';
      const admitted: typeof executeFn = async (executeArgs) => {
        let release;
        try {
          release = await admission.admit(client);
        } catch (error) {
          if (!(error instanceof BacklogFullError)) throw error;
          const refusal = backlogRefusal(options);
          return {
            errors: [
              new GraphQLError(refusal.message, {
                extensions: {
                  ...refusal.extensions,
                  http: { status: 429, headers: { 'retry-after': String(RETRY_AFTER_SECONDS) } },
                },
              }),
            ],
          };
        }
        // Released in finally: an execution that throws must not keep its slot.
        try {
          // eslint-disable-next-line @typescript-eslint/no-unsafe-return -- envelop types an execution's result as any
          return await executeFn(executeArgs);
        } finally {
          release();
        }
      };
      setExecuteFn(admitted);
    },
  };
}
