import type { Plugin } from 'graphql-yoga';
import { soleHooks } from './sole-hooks';

type OnExecute = NonNullable<Plugin['onExecute']>;
type OnExecuteResult = Exclude<Awaited<ReturnType<OnExecute>>, void>;
type OnExecuteDone = NonNullable<OnExecuteResult['onExecuteDone']>;
type OnExecuteDoneResult = Exclude<Awaited<ReturnType<OnExecuteDone>>, void>;

function isPromise(value: unknown): value is Promise<unknown> {
  return typeof (value as { then?: unknown } | null | undefined)?.then === 'function';
}

/**
 * Plugins that only observe executions (the metrics' execute phase, the request log) as
 * ONE onExecute hook and one onExecuteDone: envelop iterates each hook with promise
 * helpers allocated per hook and request, before and after execution (issue 13). Each is
 * called in its order with the same event. An observer neither stops nor replaces the
 * execution or its result, and answers at once: one that returns a promise is an error,
 * and a plugin with any other hook is refused at start.
 */
export function oneExecuteObserver(plugins: readonly Plugin[]): Plugin {
  const hooks = soleHooks(plugins, 'onExecute', 'oneExecuteObserver');
  return {
    onExecute(payload) {
      let done: OnExecuteDone[] | undefined;
      for (const hook of hooks) {
        const result = hook(payload);
        if (isPromise(result)) throw new Error('an execution observer answered with a promise');
        if (result?.onExecuteDone) (done ??= []).push(result.onExecuteDone);
      }
      if (done === undefined) return undefined;
      const afterAll = done;
      return {
        onExecuteDone(donePayload) {
          let streams: OnExecuteDoneResult[] | undefined;
          for (const after of afterAll) {
            const result = after(donePayload);
            if (isPromise(result)) throw new Error('an execution observer answered with a promise');
            if (result) (streams ??= []).push(result);
          }
          if (streams === undefined) return undefined;
          const each = streams;
          return {
            onNext(nextPayload) {
              for (const stream of each) void stream.onNext?.(nextPayload);
            },
            onEnd() {
              for (const stream of each) stream.onEnd?.();
            },
          };
        },
      };
    },
  };
}
