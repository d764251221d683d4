/**
 * Intl formatters are expensive to build (each loads CLDR data) and immutable once
 * built, so one instance per (tag, options) is kept for the life of the process.
 */
function memoize<O, F>(build: (tag: string, options: O) => F): (tag: string, options: O) => F {
  const cache = new Map<string, F>();
  return (tag, options) => {
    const key = `${tag}|${JSON.stringify(options)}`;
    let formatter = cache.get(key);
    if (formatter === undefined) {
      formatter = build(tag, options);
      cache.set(key, formatter);
    }
    return formatter;
  };
}

export const numberFormat = memoize((tag, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(tag, options));
export const dateTimeFormat = memoize(
  (tag, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(tag, options),
);
export const listFormat = memoize((tag, options: Intl.ListFormatOptions) => new Intl.ListFormat(tag, options));
export const relativeTimeFormat = memoize(
  (tag, options: Intl.RelativeTimeFormatOptions) => new Intl.RelativeTimeFormat(tag, options),
);
export const pluralRules = memoize((tag, options: Intl.PluralRulesOptions) => new Intl.PluralRules(tag, options));
