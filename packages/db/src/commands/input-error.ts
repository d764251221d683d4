import type { z } from 'zod';
import { invalid, type Invalid } from './command-result';

/** Rules only a command can check (they need the database), beside zod's issue codes. */
export type RecordRule =
  /** A unique code another record already has. */
  | 'code_in_use'
  /** A number too large for its column. */
  | 'too_many_digits'
  /** A project that belongs to another programme than the one given. */
  | 'project_in_other_programme'
  /** A value the input may leave out only when a referenced record supplies it. */
  | 'required'
  /** A person who already belongs to another household. */
  | 'in_other_household'
  /** A person registered at another centre than the household (or pair) they are put with. */
  | 'other_centre'
  /** A person who is not a member of the household named. */
  | 'not_a_member'
  /** The head of a household, where only another member may be named (remove, make head). */
  | 'is_head'
  /** A use of the person's data their consent does not (or no longer does) allow. */
  | 'consent_withdrawn'
  /** A person whose identifying data was erased, or who was merged into another record. */
  | 'erased_person'
  | 'merged_person'
  /** A duplicate pair already merged or kept apart. */
  | 'already_decided'
  /** A person who is not one of the two of the duplicate pair. */
  | 'not_in_pair';

/** Why a field was refused: zod's issue code ('too_small', 'invalid_value', 'custom', ...) or a RecordRule. */
export type InputReason = z.core.$ZodIssue['code'] | RecordRule;

/** One problem with one input field. */
export interface InputError {
  /** Dotted path of the field in the command's input ('participants.female'); '' for the input as a whole. */
  readonly field: string;
  readonly reason: InputReason;
  /** The reason in English, for logs and CLIs; user interfaces word `reason` in the user's language. */
  readonly message: string;
  /**
   * The zod issue behind it (bounds, expected type), so a caller can word it in any
   * language. Never holds the rejected value, except `input: undefined` for a missing one.
   */
  readonly issue?: z.core.$ZodIssue;
  /** Values a RecordRule's message needs (the code in use, the digit limit). Never personal data. */
  readonly values?: Readonly<Record<string, string | number>>;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

/**
 * zod's issues as InputErrors. `input` is what was parsed: it tells a missing field
 * ("is required") from a wrong one, without the value ever being copied.
 */
export function inputErrorsOf(error: z.ZodError, input: unknown): InputError[] {
  return error.issues.map((issue) => {
    const { input: _value, ...withoutValue } = issue;
    const missing = valueAt(input, issue.path) === undefined;
    return {
      field: issue.path.map(String).join('.'),
      reason: issue.code,
      message: issue.message,
      issue: missing ? { ...withoutValue, input: undefined } : withoutValue,
    };
  });
}

/** One InputError for a rule the schema cannot check. */
export function ruleBroken(
  field: string,
  reason: RecordRule,
  message: string,
  values?: Readonly<Record<string, string | number>>,
): Invalid {
  return invalid([{ field, reason, message, ...(values === undefined ? {} : { values }) }]);
}

/** Parses `input` with a domain schema: its output, or Invalid naming every bad field. */
export function validateInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
): { readonly ok: true; readonly value: z.output<S> } | Invalid {
  const parsed = schema.safeParse(input);
  return parsed.success ? { ok: true, value: parsed.data } : invalid(inputErrorsOf(parsed.error, input));
}
