import { TYPE } from '@formatjs/icu-messageformat-parser';
import IntlMessageFormat from 'intl-messageformat';

type MessageElement = ReturnType<IntlMessageFormat['getAst']>[number];

/** What a translation must keep from its source: placeholder names and plural forms. */
export interface MessageStructure {
  /** Every placeholder name, nested ones included (`{count, plural, ...}` gives `count`). */
  readonly placeholders: ReadonlySet<string>;
  /** The forms of every cardinal plural, in message order (`['one', 'other']`). */
  readonly pluralForms: readonly (readonly string[])[];
  /** The text a reader sees, without ICU syntax or placeholder names. */
  readonly text: string;
}

function walk(
  elements: readonly MessageElement[],
  placeholders: Set<string>,
  pluralForms: string[][],
  text: string[],
): void {
  for (const element of elements) {
    if (element.type === TYPE.literal) text.push(element.value);
    // Literal text and `#` carry no name; every other element is a named argument.
    if (element.type !== TYPE.literal && 'value' in element && typeof element.value === 'string') {
      placeholders.add(element.value);
    }
    if ('options' in element) {
      const isCardinalPlural = 'pluralType' in element && element.pluralType === 'cardinal';
      if (isCardinalPlural) pluralForms.push(Object.keys(element.options));
      for (const option of Object.values(element.options)) walk(option.value, placeholders, pluralForms, text);
    }
    if ('children' in element) walk(element.children, placeholders, pluralForms, text);
  }
}

/** Parses an ICU message and reports its placeholders and plural forms. */
export function messageStructure(message: string): MessageStructure {
  const placeholders = new Set<string>();
  const pluralForms: string[][] = [];
  const text: string[] = [];
  walk(new IntlMessageFormat(message, 'en').getAst(), placeholders, pluralForms, text);
  return { placeholders, pluralForms, text: text.join(' ') };
}
