import * as domain from '@crc/domain';
import { DEFAULT_AGE_BRACKETS, VOCABULARIES, VOCABULARY_NAMES } from '@crc/domain';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from '../../locale/locales';
import { ageBracketLabel } from '../age-bracket-label';
import { CATALOGS } from '../catalogs';
import { messageStructure } from '../message-structure';
import { en } from './en';
import { UNREVIEWED_MESSAGES } from './review-status';

const TRANSLATED_LOCALES = ['ar', 'ckb'] as const;
const ARABIC_PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** Latin words allowed in Arabic and Sorani text: acronyms of standards and systems. */
const LATIN_ALLOWED = new Set(['IATI', 'DTM', 'API']);

describe('catalogue completeness, driven by the @crc/domain registry', () => {
  for (const locale of SUPPORTED_LOCALES) {
    it(`${locale} labels every code of every vocabulary`, () => {
      const missing = VOCABULARY_NAMES.flatMap((name) =>
        VOCABULARIES[name]
          .map((entry) => `vocabulary.${name}.${entry.code}`)
          .filter((key) => typeof (CATALOGS[locale] as Record<string, string | undefined>)[key] !== 'string'),
      );
      expect(missing, `${locale} lacks labels for: ${missing.join(', ')}`).toEqual([]);
    });

    it(`${locale} labels every age bracket of DEFAULT_AGE_BRACKETS`, () => {
      for (const bracket of DEFAULT_AGE_BRACKETS) expect(ageBracketLabel(locale, bracket)).not.toBe('');
    });
  }

  it('has a field label for every field of every create schema in @crc/domain', () => {
    const fields = new Set<string>();
    for (const [name, schema] of Object.entries(domain)) {
      if (name.endsWith('CreateSchema')) collectFieldNames(schema, fields);
    }
    expect(fields.size).toBeGreaterThan(10);
    const missing = [...fields].filter((field) => !(`field.${field}` in en));
    expect(missing, 'fields without a label in catalog/en.ts').toEqual([]);
  });
});

describe('catalogue consistency across locales', () => {
  const keys = Object.keys(en);

  for (const locale of TRANSLATED_LOCALES) {
    const catalog = CATALOGS[locale] as Record<string, string | undefined>;

    it(`${locale} has every key of en and no other`, () => {
      const missing = keys.filter((key) => catalog[key] === undefined);
      expect(missing, `keys missing in ${locale}: ${missing.join(', ')}`).toEqual([]);
      expect(
        Object.keys(catalog).filter((key) => !(key in en)),
        `keys unknown to en in ${locale}`,
      ).toEqual([]);
    });

    it(`${locale} messages have the same placeholders as en`, () => {
      const mismatched = keys.filter((key) => {
        const translation = catalog[key];
        if (translation === undefined) return false;
        const expected = [...messageStructure(en[key as keyof typeof en]).placeholders].sort();
        const actual = [...messageStructure(translation).placeholders].sort();
        return expected.join() !== actual.join();
      });
      expect(mismatched, `placeholders differ from en in ${locale}: ${mismatched.join(', ')}`).toEqual([]);
    });

    it(`${locale} text is translated (no English words left in it)`, () => {
      const untranslated = keys.filter((key) => {
        const words = messageStructure(catalog[key] ?? '').text.match(/[A-Za-z]{2,}/g) ?? [];
        return words.some((word) => !LATIN_ALLOWED.has(word));
      });
      expect(untranslated).toEqual([]);
    });
  }

  it('every Arabic plural has all six Arabic plural forms', () => {
    const incomplete = keys.filter((key) =>
      messageStructure(CATALOGS.ar[key as keyof typeof en] ?? '').pluralForms.some(
        (forms) => !ARABIC_PLURAL_FORMS.every((form) => forms.includes(form)),
      ),
    );
    expect(incomplete).toEqual([]);
  });

  it('every Sorani and English plural has the one and other forms', () => {
    for (const locale of ['en', 'ckb'] as const) {
      const incomplete = keys.filter((key) =>
        messageStructure(CATALOGS[locale][key as keyof typeof en] ?? '').pluralForms.some(
          (forms) => !forms.includes('one') || !forms.includes('other'),
        ),
      );
      expect(incomplete, locale).toEqual([]);
    }
  });

  it('lists only real keys as awaiting review', () => {
    for (const locale of TRANSLATED_LOCALES) {
      expect([...UNREVIEWED_MESSAGES[locale]].filter((key) => !(key in en))).toEqual([]);
    }
  });
});

/** Walks a zod object schema (through optional, nullable, default, pipe, array) collecting its keys. */
function collectFieldNames(schema: unknown, into: Set<string>, depth = 0): void {
  if (depth > 4 || typeof schema !== 'object' || schema === null) return;
  let current = schema as { _zod?: { def?: Record<string, unknown> }; shape?: Record<string, unknown> };
  for (let unwrap = 0; unwrap < 8; unwrap++) {
    const def = current._zod?.def;
    const inner = def?.['innerType'] ?? def?.['in'] ?? def?.['element'];
    if (inner === undefined || current.shape !== undefined) break;
    current = inner as typeof current;
  }
  if (current.shape === undefined) return;
  for (const [key, value] of Object.entries(current.shape)) {
    into.add(key);
    collectFieldNames(value, into, depth + 1);
  }
}
