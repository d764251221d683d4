import { ageAt } from './age';
import type { DateInput } from './calendar-date';

/** An age range in completed years, both ends inclusive; `maxAge` null means open-ended. */
export interface AgeBracket {
  readonly code: string;
  readonly label: string;
  readonly minAge: number;
  readonly maxAge: number | null;
}

/** A bracket to define; code and label default to '18-59' / '18-59 years' and '60+' / '60+ years'. */
export interface AgeBracketSpec {
  readonly minAge: number;
  readonly maxAge: number | null;
  readonly code?: string;
  readonly label?: string;
}

/**
 * A set of brackets: either explicit specs, or just the lower bounds in increasing
 * order (`[0, 6, 18, 60]` is the default set).
 */
export type AgeBracketsSpec = readonly AgeBracketSpec[] | readonly number[];

function defaultCode(minAge: number, maxAge: number | null): string {
  return maxAge === null ? `${minAge}+` : `${minAge}-${maxAge}`;
}

function fromLowerBounds(bounds: readonly number[]): AgeBracketSpec[] {
  return bounds.map((minAge, index) => {
    const next = bounds[index + 1];
    return { minAge, maxAge: next === undefined ? null : next - 1 };
  });
}

function describe(spec: AgeBracketSpec, index: number): string {
  return `bracket ${index + 1} (${spec.code ?? defaultCode(spec.minAge, spec.maxAge)})`;
}

function isAge(value: number): boolean {
  return Number.isInteger(value) && value >= 0;
}

/**
 * Builds a validated, frozen set of age brackets: contiguous from age 0, no gaps or
 * overlaps, every bracket but the last closed, the last open-ended (so every age
 * falls in exactly one bracket), codes unique.
 * @throws RangeError naming the offending bracket.
 */
export function defineAgeBrackets(spec: AgeBracketsSpec): readonly AgeBracket[] {
  const specs: readonly AgeBracketSpec[] = spec.every((item) => typeof item === 'number')
    ? fromLowerBounds(spec)
    : spec;
  if (specs.length === 0) throw new RangeError('age brackets: at least one bracket is needed');

  const brackets = specs.map((item, index): AgeBracket => {
    const name = describe(item, index);
    if (!isAge(item.minAge))
      throw new RangeError(`age brackets: ${name} has minAge ${item.minAge}; ages are whole numbers from 0`);
    if (item.maxAge !== null && !isAge(item.maxAge)) {
      throw new RangeError(`age brackets: ${name} has maxAge ${item.maxAge}; ages are whole numbers from 0`);
    }
    if (item.maxAge !== null && item.maxAge < item.minAge) {
      throw new RangeError(`age brackets: ${name} ends (${item.maxAge}) before it starts (${item.minAge})`);
    }
    const isLast = index === specs.length - 1;
    if (isLast && item.maxAge !== null) {
      throw new RangeError(
        `age brackets: the last ${name} must be open-ended (maxAge null) so every age has a bracket`,
      );
    }
    if (!isLast && item.maxAge === null) {
      throw new RangeError(`age brackets: only the last bracket may be open-ended, but ${name} is`);
    }
    const previous = specs[index - 1];
    if (index === 0 && item.minAge !== 0) {
      throw new RangeError(`age brackets: the first ${name} must start at age 0, not ${item.minAge}`);
    }
    if (previous && previous.maxAge !== null) {
      const expected = previous.maxAge + 1;
      if (item.minAge > expected) {
        throw new RangeError(`age brackets: gap before ${name}: ages ${expected}-${item.minAge - 1} are in no bracket`);
      }
      if (item.minAge < expected) {
        throw new RangeError(
          `age brackets: ${name} overlaps ${describe(previous, index - 1)}: it starts at ${item.minAge}, expected ${expected}`,
        );
      }
    }
    const code = item.code ?? defaultCode(item.minAge, item.maxAge);
    return Object.freeze({ code, label: item.label ?? `${code} years`, minAge: item.minAge, maxAge: item.maxAge });
  });

  const seen = new Set<string>();
  for (const bracket of brackets) {
    if (seen.has(bracket.code))
      throw new RangeError(`age brackets: code ${JSON.stringify(bracket.code)} is used twice`);
    seen.add(bracket.code);
  }
  return Object.freeze(brackets);
}

/** Children under 6, children 6-17, adults 18-59, elderly 60+: the usual humanitarian split. */
export const DEFAULT_AGE_BRACKETS: readonly AgeBracket[] = defineAgeBrackets([0, 6, 18, 60]);

/**
 * The bracket an age (completed years) falls in.
 * @throws RangeError for a negative or fractional age.
 */
export function ageBracketOf(age: number, brackets: readonly AgeBracket[] = DEFAULT_AGE_BRACKETS): AgeBracket {
  if (!isAge(age)) throw new RangeError(`age must be a whole number of years from 0 (got ${age})`);
  const bracket = brackets.find(
    (candidate) => age >= candidate.minAge && (candidate.maxAge === null || age <= candidate.maxAge),
  );
  if (!bracket) throw new RangeError(`age ${age} is in no bracket; build brackets with defineAgeBrackets`);
  return bracket;
}

/** The bracket of a person born on `birthDate`, on the date `at`. */
export function ageBracketAt(
  birthDate: DateInput,
  at: DateInput,
  brackets: readonly AgeBracket[] = DEFAULT_AGE_BRACKETS,
): AgeBracket {
  return ageBracketOf(ageAt(birthDate, at), brackets);
}
