import { describe, expect, it } from 'vitest';
import { lastCompletedMonthEnd, protectedPeopleQuestionSchema } from './protected-people-question';

const TODAY = '2024-05-17';
const schema = protectedPeopleQuestionSchema(TODAY);

function refusal(question: Parameters<typeof schema.parse>[0]) {
  const result = schema.safeParse(question);
  if (result.success) return undefined;
  return result.error.issues.map((issue) => [
    issue.path.join('.'),
    (issue as { params?: { rule?: string } }).params?.rule,
  ]);
}

describe('protectedPeopleQuestionSchema', () => {
  it('covers whole completed months by default: to the last completed month’s end, ages on that day', () => {
    expect(lastCompletedMonthEnd(TODAY)).toBe('2024-04-30');
    expect(lastCompletedMonthEnd('2024-01-01')).toBe('2023-12-31');
    expect(schema.parse({})).toEqual({ from: undefined, to: '2024-04-30', at: '2024-04-30' });
    expect(schema.parse({ filter: { from: '2024-01-01', to: '2024-02-29' } })).toEqual({
      from: '2024-01-01',
      to: '2024-02-29',
      at: '2024-02-29',
    });
  });

  it('names each argument that could single people out, with its rule', () => {
    expect(refusal({ filter: { from: '2024-03-10' } })).toEqual([['filter.from', 'whole_months']]);
    expect(refusal({ filter: { to: '2024-03-10' } })).toEqual([['filter.to', 'whole_months']]);
    expect(refusal({ filter: { to: '2024-05-31' } })).toEqual([['filter.to', 'completed_months']]);
    expect(refusal({ filter: { from: '2024-04-01', to: '2024-03-31' } })).toEqual([['filter.from', 'from_after_to']]);
    expect(refusal({ at: '2024-03-10' })).toEqual([['at', 'whole_months']]);
    expect(refusal({ filter: { areaPcode: 'IQG10Q05N02' } })).toEqual([['filter.areaPcode', 'area_too_fine']]);
    expect(refusal({ areaLevel: 'subdistrict' })).toEqual([['areaLevel', 'area_too_fine']]);
    expect(refusal({ ageBrackets: [0, 15, 30] })).toEqual([['ageBrackets', 'unpublished_age_brackets']]);
  });

  it('gives each refusal the values its message quotes', () => {
    const valuesOf = (question: Parameters<typeof schema.parse>[0]) =>
      schema
        .safeParse(question)
        .error?.issues.map((issue) => (issue as { params?: { values?: unknown } }).params?.values);
    expect(valuesOf({ filter: { from: '2024-03-10' } })).toEqual([{ day: 'first' }]);
    expect(valuesOf({ at: '2024-03-10' })).toEqual([{ day: 'last' }]);
    expect(valuesOf({ filter: { to: '2024-05-31' } })).toEqual([{ lastCompleted: '2024-04-30' }]);
    expect(valuesOf({ filter: { from: '2024-04-01', to: '2024-03-31' } })).toEqual([{ to: '2024-03-31' }]);
    expect(valuesOf({ ageBrackets: [0, 15] })).toEqual([{ bounds: '0, 6, 18, 60' }]);
  });

  it('lets districts, governorates and unions of published brackets through', () => {
    expect(refusal({ filter: { areaPcode: 'IQG10Q05' }, areaLevel: 'district', ageBrackets: [0, 18] })).toBeUndefined();
  });
});
