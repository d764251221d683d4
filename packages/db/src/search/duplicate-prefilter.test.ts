import { nameKey, nameSoundKey } from '@crc/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DUPLICATE_THRESHOLD, duplicateSimilarity } from '../commands/duplicate-candidates';
import type { Db } from '../create-db';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { randomName, seeded, variantOf, written } from './duplicate-names.test-data';
import {
  mayBeDuplicateNames,
  prefilterTrigrams,
  spaceFree,
  trigramSimilarity,
  trigramsOf,
} from './duplicate-prefilter';

const trigramsOfName = (name: string) => {
  const key = nameKey(name);
  return prefilterTrigrams({ nameKey: key, nameSoundKey: nameSoundKey(key) });
};

describe('the duplicate pre-filter', () => {
  it('keeps every generated pair that scores >= DUPLICATE_THRESHOLD (misspelt, other script, run together, a part replaced) and drops most unrelated names', () => {
    const random = seeded(14);
    let alike = 0;
    const dropped: string[] = [];
    for (let n = 0; n < 20_000; n++) {
      const draft = randomName(random);
      const name = written(draft);
      const variant = variantOf(random, draft);
      if (duplicateSimilarity(name, nameKey(variant)) < DUPLICATE_THRESHOLD) continue;
      alike += 1;
      if (!mayBeDuplicateNames(trigramsOfName(name), trigramsOfName(variant))) dropped.push(`${name} / ${variant}`);
    }
    expect(alike).toBeGreaterThan(8000);
    expect(dropped).toEqual([]);

    let unrelatedKept = 0;
    for (let n = 0; n < 5000; n++) {
      if (mayBeDuplicateNames(trigramsOfName(written(randomName(random))), trigramsOfName(written(randomName(random)))))
        unrelatedKept += 1;
    }
    // Random pairs of these few names share parts often; the filter must still drop most.
    expect(unrelatedKept / 5000).toBeLessThan(0.25);
  });

  it('keeps the cross-script and spelling pairs the rule is documented with', () => {
    for (const [a, b] of [
      ['Mohammed Hassan Ali', 'محمد حسن علي'],
      ['Fatima Hussein', 'فاطمة حسين'],
      ['عبد الله عمر', 'عبدالله عمر'],
      ['Muhammad Hasan', 'Mohammed Hassan'],
    ] as const) {
      expect(duplicateSimilarity(a, nameKey(b))).toBeGreaterThanOrEqual(DUPLICATE_THRESHOLD);
      expect(mayBeDuplicateNames(trigramsOfName(a), trigramsOfName(b))).toBe(true);
    }
  });
});

describe('the in-process trigrams are those of pg_trgm', () => {
  let testDb: TestDatabase;
  let db: Db;
  beforeAll(async () => {
    testDb = await createTestDatabase();
    db = await testDb.open();
  }, 120_000);
  afterAll(async () => {
    await db?.close();
    await testDb?.drop();
  });

  it('gives the similarity() of the database for Arabic, Sorani and Latin keys, spaces left out', async () => {
    const random = seeded(5);
    const pairs: [string, string][] = [
      ['مهمد حسن', 'محمد حسين'],
      ['کەرکووک', 'كركوك'],
      ['mhmd hsn l', 'mhmd hsn'],
      ['', 'ftm'],
    ];
    for (let n = 0; n < 60; n++) {
      const draft = randomName(random);
      pairs.push([nameKey(written(draft)), nameKey(variantOf(random, draft))]);
      pairs.push([nameSoundKey(written(draft)), nameSoundKey(variantOf(random, draft))]);
    }
    const left = pairs.map(([a]) => spaceFree(a));
    const right = pairs.map(([, b]) => spaceFree(b));
    const rows = await db.prisma.$queryRawUnsafe<{ similarity: number }[]>(
      `SELECT similarity(a, b)::float8 AS similarity FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS p(a, b, i) ORDER BY i`,
      left,
      right,
    );
    const inProcess = left.map((a, n) => trigramSimilarity(trigramsOf(a), trigramsOf(right[n]!)));
    // float4 in the database: equal to six places.
    expect(rows.map((row) => Math.round(row.similarity * 1e5) / 1e5)).toEqual(
      inProcess.map((value) => Math.round(value * 1e5) / 1e5),
    );
  });
});
