import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestGateway, type TestGateway } from '../testing/test-gateway';

let gw: TestGateway;
beforeAll(async () => {
  gw = await createTestGateway();
}, 120_000);
afterAll(async () => {
  await gw.close();
});

/** The first error's message and its one issue, asked in `language` without a key (PUBLIC). */
async function refusal(query: string, language: string) {
  const result = await gw.graphql(query, { headers: { 'accept-language': language } });
  const error = result.errors?.[0];
  const issues = error?.extensions?.['issues'] as { field: string; code: string; message: string }[] | undefined;
  return { message: error?.message, code: error?.extensions?.['code'], issues };
}

describe('refused arguments in the language of the request', () => {
  it('words a protected question outside whole months in Arabic', async () => {
    const answer = await refusal('{ reach(by: [SEX], filter: { from: "2024-03-10" }) { unit } }', 'ar-IQ,ar;q=0.9');
    const message = 'يجب أن يكون «التصفية: من تاريخ» اليوم الأول من الشهر: أرقام الأشخاص تغطي أشهرًا كاملة';
    expect(answer).toEqual({
      message,
      code: 'BAD_USER_INPUT',
      issues: [expect.objectContaining({ field: 'filter.from', code: 'whole_months', message })],
    });
  });

  it('words a dimension given twice in Sorani', async () => {
    const answer = await refusal('{ reach(by: [SEX, SEX]) { unit } }', 'ckb');
    const message = '«دابەشکردن بەپێی» یەک ڕەهەند دوو جار دەهێنێت';
    expect(answer.message).toBe(message);
    expect(answer.issues).toEqual([expect.objectContaining({ field: 'by', code: 'repeated_dimension', message })]);
  });

  it('words a count of deliveries in Arabic and Sorani', async () => {
    const query = '{ reach(by: [], unit: DELIVERIES) { unit } }';
    expect((await refusal(query, 'ar')).message).toBe(
      '«الوحدة»: يُحتسب الوصول بالأفراد أو الأسر، لا بعدد مرات تقديم الخدمة',
    );
    expect((await refusal(query, 'ckb')).issues?.[0]).toMatchObject({ field: 'unit', code: 'not_a_people_count' });
  });

  it("words zod's own bound with its figure, in the request's digits", async () => {
    const query = '{ resolveArea(text: "Diyala", limit: 500) { matchedBy } }';
    expect((await refusal(query, 'ckb')).issues).toEqual([
      expect.objectContaining({ field: 'limit', code: 'too_big', message: '«زۆرترین ئەنجام» نابێت لە ٥٠ زیاتر بێت' }),
    ]);
    expect((await refusal(query, 'en')).message).toBe('Limit must be at most 50');
  });
});
