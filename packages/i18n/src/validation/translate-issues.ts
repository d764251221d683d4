import type { DigitOptions } from '../format/digits';
import { formatDate } from '../format/format-date';
import type { Locale } from '../locale/locales';
import { CATALOGS } from '../messages/catalogs';
import type { MessageKey } from '../messages/catalog/en';
import { type MessageValues, t } from '../messages/translate';

/**
 * The parts of a zod (v4) issue this module reads. Structural, so @crc/i18n needs no
 * zod: pass `error.issues` from any `safeParse` of a @crc/domain schema.
 */
export interface ValidationIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message?: string;
  /** The rejected value, when the schema was asked to report it. */
  readonly input?: unknown;
  readonly origin?: unknown;
  readonly minimum?: unknown;
  readonly maximum?: unknown;
  readonly inclusive?: unknown;
  readonly expected?: unknown;
  readonly format?: unknown;
  readonly divisor?: unknown;
  readonly values?: unknown;
  readonly keys?: unknown;
}

/** One problem, ready to show next to its field. */
export interface TranslatedIssue {
  /** Dotted path, as @crc/domain's `formatIssues` gives it ('participants.female'); '' for the whole input. */
  readonly field: string;
  /** The field's label in the locale (or its raw name when the catalogue has none). */
  readonly label: string;
  /** The sentence to show the user, in the locale. */
  readonly message: string;
  /** zod's issue code. */
  readonly code: string;
  /** The schema's own English message, for logs and support, not for users. */
  readonly sourceMessage: string | undefined;
}

export interface TranslateIssuesOptions extends DigitOptions {
  /** The input that failed: lets a missing value read "X is required" rather than "X must be text". */
  readonly input?: unknown;
}

function fieldLabel(locale: Locale, segment: string, options: DigitOptions): string | undefined {
  const key = `field.${segment}`;
  return key in CATALOGS[locale] ? t(locale, key as MessageKey, undefined, options) : undefined;
}

/**
 * "Participants: Female" for `participants.female`; array indexes are skipped
 * (`targets.0.value` is labelled by `targets` and `value`). A field the catalogue
 * does not know shows its raw name (`somethingNew`), visibly untranslated.
 */
function labelOf(locale: Locale, path: readonly PropertyKey[], options: DigitOptions): string {
  const named = path.filter((segment): segment is string => typeof segment === 'string');
  const last = named[named.length - 1];
  if (last === undefined) return t(locale, 'field.record', undefined, options);
  const child = fieldLabel(locale, last, options) ?? last;
  const parentName = named[named.length - 2];
  const parent = parentName === undefined ? undefined : fieldLabel(locale, parentName, options);
  return parent === undefined ? child : t(locale, 'validation.nestedField', { parent, child }, options);
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

function isMissing(issue: ValidationIssue, options: TranslateIssuesOptions): boolean {
  if ('input' in issue) return issue.input === undefined;
  if ('input' in options) return valueAt(options.input, issue.path) === undefined;
  // zod's default message when it was not given the input: "expected string, received undefined".
  return issue.message?.endsWith('received undefined') ?? false;
}

function asNumber(value: unknown): number {
  return typeof value === 'bigint' ? Number(value) : typeof value === 'number' ? value : Number.NaN;
}

function boundMessage(
  locale: Locale,
  issue: ValidationIssue,
  bound: 'minimum' | 'maximum',
  options: DigitOptions,
): [MessageKey, MessageValues] {
  const side = bound === 'minimum' ? 'tooSmall' : 'tooBig';
  const value = asNumber(issue[bound]);
  switch (issue.origin) {
    case 'string':
      return [`validation.${side}.string`, { [bound]: value }];
    case 'array':
    case 'set':
      return [`validation.${side}.array`, { [bound]: value }];
    case 'date':
      return [
        `validation.${side}.date`,
        { [bound]: formatDate(locale, new Date(value), { ...options, timeZone: 'UTC' }) },
      ];
    default:
      return issue.inclusive === false
        ? [`validation.${side}.numberExclusive`, { [bound]: value }]
        : [`validation.${side}.number`, { [bound]: value }];
  }
}

function messageFor(
  locale: Locale,
  issue: ValidationIssue,
  options: TranslateIssuesOptions,
): [MessageKey, MessageValues] {
  switch (issue.code) {
    case 'invalid_type':
      if (isMissing(issue, options)) return ['validation.required', {}];
      if (issue.expected === 'int') return ['validation.notInteger', {}];
      return ['validation.invalidType', { expected: String(issue.expected) }];
    case 'too_small':
      // min(1) on text is how schemas say "required".
      if (issue.origin === 'string' && asNumber(issue.minimum) === 1) return ['validation.required', {}];
      return boundMessage(locale, issue, 'minimum', options);
    case 'too_big':
      return boundMessage(locale, issue, 'maximum', options);
    case 'invalid_format':
      return ['validation.invalidFormat', { format: String(issue.format) }];
    case 'not_multiple_of':
      return ['validation.notMultipleOf', { divisor: asNumber(issue.divisor) }];
    case 'invalid_value': {
      const values = Array.isArray(issue.values) ? issue.values : [];
      if (values.length === 1 && values[0] === true) return ['validation.mustAccept', {}];
      if (isMissing(issue, options)) return ['validation.required', {}];
      return ['validation.invalidValue', {}];
    }
    case 'unrecognized_keys': {
      const keys = Array.isArray(issue.keys) ? issue.keys.map(String) : [];
      return ['validation.unrecognizedKeys', { count: keys.length, keys: keys.join(', ') }];
    }
    default:
      return ['validation.invalid', {}];
  }
}

/**
 * Validation problems from a @crc/domain schema, in the user's language, each with
 * its field's label: `translateIssues('ar', result.error, { input })`.
 */
export function translateIssues(
  locale: Locale,
  error: { readonly issues: readonly ValidationIssue[] } | readonly ValidationIssue[],
  options: TranslateIssuesOptions = {},
): TranslatedIssue[] {
  const issues = 'issues' in error ? error.issues : error;
  return issues.map((issue) => {
    const label = labelOf(locale, issue.path, options);
    const [key, values] = messageFor(locale, issue, options);
    return {
      field: issue.path.map(String).join('.'),
      label,
      message: t(locale, key, { ...values, field: label }, options),
      code: issue.code,
      sourceMessage: issue.message,
    };
  });
}
