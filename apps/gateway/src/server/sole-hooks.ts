import type { Plugin } from 'graphql-yoga';

/**
 * Each plugin's `hook`, for a helper that merges plugins having that hook alone
 * (oneValidateHook, oneExecuteObserver): a plugin with any other hook, or without this
 * one, is refused at start, where the merge would lose it.
 */
export function soleHooks<Name extends keyof Plugin & string>(
  plugins: readonly Plugin[],
  hook: Name,
  merger: string,
): NonNullable<Plugin[Name]>[] {
  return plugins.map((plugin) => {
    const own = plugin[hook];
    const other = Object.keys(plugin).filter((key) => key !== hook);
    if (own === undefined || other.length > 0) {
      throw new Error(`${merger} takes plugins with ${hook} alone, not ${other.join(', ') || 'none'}`);
    }
    return own;
  });
}
