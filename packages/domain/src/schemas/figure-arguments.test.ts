import { describe, expect, it } from 'vitest';
import { AgeBracketLowerBoundsSchema } from './age-bracket-bounds';
import { DisplacementRoundRangeSchema, MAX_SERIES_ROUNDS } from './displacement-round-range';
import { FigureDimensionsSchema, PeopleCountUnitSchema, ShareDecimalsSchema } from './figure-question';
import { KnownDisplacementOriginSchema } from './displacement-dimensions';
import { KnownAreaPcodeSchema } from '../geography/known-area-pcode';

type Issue = { readonly path: readonly PropertyKey[]; readonly params?: { readonly rule?: string } };
const rulesOf = (issues: readonly Issue[]) => issues.map((issue) => [issue.path.join('.'), issue.params?.rule]);

describe('schemas of figure arguments', () => {
  it('takes at most four dimensions, none twice', () => {
    expect(FigureDimensionsSchema.safeParse(['sex', 'area']).success).toBe(true);
    expect(FigureDimensionsSchema.safeParse(['a', 'b', 'c', 'd', 'e']).error?.issues[0]?.code).toBe('too_big');
    expect(rulesOf(FigureDimensionsSchema.safeParse(['sex', 'sex']).error!.issues)).toEqual([
      ['', 'repeated_dimension'],
    ]);
  });

  it('counts people as individuals or households, never deliveries', () => {
    expect(PeopleCountUnitSchema.parse('households')).toBe('households');
    expect(rulesOf(PeopleCountUnitSchema.safeParse('deliveries').error!.issues)).toEqual([['', 'not_a_people_count']]);
  });

  it('publishes shares with 0 to 6 decimals', () => {
    expect(ShareDecimalsSchema.safeParse(6).success).toBe(true);
    expect(ShareDecimalsSchema.safeParse(7).success).toBe(false);
    expect(ShareDecimalsSchema.safeParse(-1).success).toBe(false);
    expect(ShareDecimalsSchema.safeParse(1.5).success).toBe(false);
  });

  it('builds age brackets from lower bounds starting at 0 and increasing', () => {
    expect(AgeBracketLowerBoundsSchema.safeParse([0, 18]).success).toBe(true);
    expect(rulesOf(AgeBracketLowerBoundsSchema.safeParse([5, 18]).error!.issues)).toEqual([['', 'age_brackets']]);
    expect(AgeBracketLowerBoundsSchema.safeParse([0, 18, 6]).success).toBe(false);
  });

  it('reads known p-codes as OCHA writes them and refuses unknown ones', () => {
    expect(KnownAreaPcodeSchema.parse(' iqg10q05 ')).toBe('IQG10Q05');
    expect(KnownAreaPcodeSchema.parse('IRQ-G10')).toBe('IQG10');
    expect(rulesOf(KnownAreaPcodeSchema.safeParse('IQG1').error!.issues)).toEqual([['', 'unknown_area']]);
    expect(rulesOf(KnownAreaPcodeSchema.safeParse('IQG99').error!.issues)).toEqual([['', 'unknown_area']]);
  });

  it('filters origins by governorate or unknown', () => {
    expect(KnownDisplacementOriginSchema.parse('IRQ-G10')).toBe('IQG10');
    expect(KnownDisplacementOriginSchema.parse(' Unknown ')).toBe('unknown');
    expect(rulesOf(KnownDisplacementOriginSchema.safeParse('IQG10Q05').error!.issues)).toEqual([
      ['', 'unknown_origin'],
    ]);
  });

  it('orders a series’ rounds and bounds their number', () => {
    expect(DisplacementRoundRangeSchema.safeParse({ fromRound: 3, toRound: 3 }).success).toBe(true);
    expect(rulesOf(DisplacementRoundRangeSchema.safeParse({ fromRound: 5, toRound: 4 }).error!.issues)).toEqual([
      ['toRound', 'round_order'],
    ]);
    const tooMany = DisplacementRoundRangeSchema.safeParse({ fromRound: 1, toRound: MAX_SERIES_ROUNDS + 1 });
    expect(rulesOf(tooMany.error!.issues)).toEqual([['toRound', 'too_many_rounds']]);
    expect(DisplacementRoundRangeSchema.safeParse({ fromRound: 1, toRound: MAX_SERIES_ROUNDS }).success).toBe(true);
  });
});
