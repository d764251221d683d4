import type { IncomingMessage } from 'node:http';
import type { Plugin } from 'graphql-yoga';
import { FairAdmission } from './fair-admission';
import { rateLimitSubject } from './rate-limit-plugin';

export interface AdmissionOptions {
  /** Operations executing at once (MAX_CONCURRENT_OPERATIONS). */
  readonly capacity: number;
  /** Read the client address from X-Forwarded-For, as the rate limit does. */
  readonly trustProxy: boolean;
}

/**
 * Admission control with fair turns (fair-admission.ts): at most `capacity` operations
 * execute at once, and the waiting ones start client by client, a client being an API
 * key or, without one, an address (the rate limit's subject). Placed after the response
 * cache: a cached answer needs no slot.
 */
export function admissionPlugin(options: AdmissionOptions): Plugin {
  const admission = new FairAdmission(options.capacity);
  return {
    onExecute({ executeFn, setExecuteFn, args }) {
      const context = args.contextValue as { request?: Request; req?: IncomingMessage };
      const subject = context.request
        ? rateLimitSubject(context.request, context.req?.socket.remoteAddress, options.trustProxy)
        : { kind: 'address', id: 'unknown' };
      const client = `${subject.kind}:${subject.id}`;
      const admitted: typeof executeFn = async (executeArgs) => {
        const release = await admission.admit(client);
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
