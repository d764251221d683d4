import type { Plugin } from 'graphql-yoga';
import { soleHooks } from './sole-hooks';

type OnValidate = NonNullable<Plugin['onValidate']>;
type OnValidateDone = Exclude<ReturnType<OnValidate>, void>;

/**
 * Plugins that only add validation rules (graphql-armor's limits, the introspection budget)
 * as ONE onValidate hook, called in their order with the same event: envelop builds an event
 * of its own (with four closures) for each hook and request, also when yoga's validation
 * cache answers (issue 13). A plugin with any other hook is refused here, where its other
 * hooks would be lost.
 */
export function oneValidateHook(plugins: readonly Plugin[]): Plugin {
  const hooks = soleHooks(plugins, 'onValidate', 'oneValidateHook');
  return {
    onValidate(event) {
      let done: OnValidateDone[] | undefined;
      for (const hook of hooks) {
        const after = hook(event);
        if (after) (done ??= []).push(after);
      }
      if (done === undefined) return undefined;
      const afterAll = done;
      return (doneEvent) => {
        for (const after of afterAll) after(doneEvent);
      };
    },
  };
}
