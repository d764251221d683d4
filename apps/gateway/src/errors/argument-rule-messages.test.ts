import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIGURE_INPUT_REASONS } from '@crc/db';
import { SCHEMA_RULES } from '@crc/domain';
import { createTranslator, type Locale } from '@crc/i18n';
import type { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { GatewayContext } from '../context';
import { ARGUMENT_RULE_MESSAGES, GATEWAY_ARGUMENT_RULES } from './argument-rule-messages';
import { argumentRefusal, argumentValidationError } from './argument-validation-error';

const TRANSLATED: readonly Locale[] = ['ar', 'ckb'];
const EVERY_RULE = [...SCHEMA_RULES, ...FIGURE_INPUT_REASONS, ...GATEWAY_ARGUMENT_RULES];

/** Values of the kinds the rules pass (p-codes, dates, counts, codes); Latin text in them is data, not words. */
const VALUES = {
  pcode: 'IQG99',
  day: 'first',
  lastCompleted: '2024-03-31',
  to: '2024-03-31',
  fromRound: 120,
  max: 200,
  cells: 12_000,
  dimension: 'sex',
  currencies: 'IQD, USD',
};
const DATA_IN_MESSAGES = ['IQG99', 'IQG10', 'IQD', 'USD', 'sex'];

const contextIn = (locale: Locale) => ({ i18n: createTranslator(locale) }) as GatewayContext;

interface Issue {
  readonly code: string;
  readonly message: string;
  readonly label: string;
}
const issueOf = (error: GraphQLError) => (error.extensions['issues'] as Issue[])[0]!;

/** Latin words left in a message once the data it quotes is taken out. */
function englishWords(message: string): string[] {
  const words = DATA_IN_MESSAGES.reduce((text, data) => text.replaceAll(data, ''), message);
  return words.match(/[A-Za-z]{2,}/g) ?? [];
}

const SOURCE_ROOTS = ['../../../../packages/domain/src', '../../../../packages/db/src', '..'].map((root) =>
  fileURLToPath(new URL(root, import.meta.url)),
);

/** Every rule name written as a literal (`rule: 'x'`, `ruleParams('x'`, a problem's `'x'`) in the non-test sources. */
function rulesNamedInSources(): Set<string> {
  const found = new Set<string>();
  for (const root of SOURCE_ROOTS) {
    for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.ts') || file.endsWith('.test.ts') || file.includes('generated')) continue;
      const text = readFileSync(join(root, file), 'utf8');
      for (const match of text.matchAll(/(?:\brule: |ruleParams\()'([a-z_]+)'/g)) found.add(match[1]!);
    }
  }
  return found;
}

describe('every argument rule answers in Arabic and Sorani', () => {
  it('has words for every rule named in the domain, db and gateway sources', () => {
    const named = rulesNamedInSources();
    expect(named.size).toBeGreaterThanOrEqual(8);
    expect([...named].filter((rule) => !(rule in ARGUMENT_RULE_MESSAGES))).toEqual([]);
    expect(Object.keys(ARGUMENT_RULE_MESSAGES).sort()).toEqual([...new Set(EVERY_RULE)].sort());
  });

  for (const rule of new Set(EVERY_RULE)) {
    it(`words ${rule} in ar and ckb, not in English`, () => {
      const refusal = { field: 'filter.from', rule, message: `the schema's English for ${rule}`, values: VALUES };
      const english = issueOf(argumentRefusal(refusal, contextIn('en')));
      expect(english.code).toBe(rule);
      expect(english.message).not.toContain('English');
      for (const locale of TRANSLATED) {
        const issue = issueOf(argumentRefusal(refusal, contextIn(locale)));
        expect(issue.code).toBe(rule);
        expect(issue.message, `${rule} in ${locale}`).not.toBe(english.message);
        expect(englishWords(issue.message), `${rule} in ${locale}: ${issue.message}`).toEqual([]);
      }
    });
  }
});

/** As the validation plugin hands an issue on: an object over zod's, with its own (prefixed) path. */
function asPluginHandsItOn<T extends { path: string[] }>(issue: T): T {
  return Object.create(issue, { path: { value: issue.path, enumerable: true } }) as T;
}

describe("zod's own checks of arguments answer in Arabic and Sorani", () => {
  /** One issue of each of zod's codes, with the details zod gives it. */
  const ZOD_ISSUES = Object.values(z.ZodIssueCode).map((code) =>
    asPluginHandsItOn({
      code,
      path: ['limit'],
      message: `zod's English for ${code}`,
      input: 'x',
      origin: 'number',
      minimum: 1,
      maximum: 50,
      expected: 'number',
      format: 'email',
      divisor: 5,
      values: ['a', 'b'],
      keys: ['extra'],
    }),
  );

  it('covers every issue code zod has', () => {
    expect(ZOD_ISSUES.map((issue) => issue.code)).toEqual(
      expect.arrayContaining(['invalid_type', 'too_big', 'too_small', 'invalid_format', 'custom']),
    );
  });

  for (const issue of ZOD_ISSUES) {
    it(`words ${issue.code} in ar and ckb, with its figures`, () => {
      const english = issueOf(argumentValidationError({ issues: [issue] }, contextIn('en')));
      for (const locale of TRANSLATED) {
        const translated = issueOf(argumentValidationError({ issues: [issue] }, contextIn(locale)));
        expect(translated.code).toBe(issue.code);
        expect(translated.message).not.toBe(english.message);
        expect(translated.message).not.toContain('NaN');
        // `extra`, the unknown key, is data.
        expect(englishWords(translated.message.replace('extra', '')), translated.message).toEqual([]);
      }
    });
  }
});
