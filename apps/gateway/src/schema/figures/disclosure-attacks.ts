// Attacks on published people figures, as an outside attacker would run them, scored against
// ADMIN's exact figures. Used by disclosure-attacks.test.ts on the demo data and on a
// generated population of 100,000 people.
import type { TestGateway } from '../../testing/test-gateway';

export interface FigureCell {
  readonly value: number | null;
}
export interface ReachTable {
  readonly columns: readonly { readonly code: string }[];
  readonly rows: readonly {
    readonly categories: readonly { readonly code: string }[];
    readonly cells: readonly FigureCell[];
    readonly total: FigureCell;
  }[];
  readonly columnTotals: readonly FigureCell[];
  readonly grandTotal: FigureCell;
  readonly disclosure: { readonly perturbed: boolean };
}

const REACH = `query Reach($by: [ReachDimension!]!, $filter: ReachFilter, $at: Date, $areaLevel: AdminLevel) {
  reach(by: $by, filter: $filter, at: $at, areaLevel: $areaLevel) {
    columns { code }
    rows { categories { code } cells { value } total { value } }
    columnTotals { value }
    grandTotal { value }
    disclosure { perturbed }
  }
}`;

/** What one attack achieved. */
export interface AttackScore {
  readonly attack: string;
  /** True counts of 1 to 4 the attack tried to recover. */
  readonly targets: number;
  /** Of those, how many its estimate got exactly right. */
  readonly recovered: number;
  /**
   * What guessing achieves: always answering the most frequent true value among the
   * targets (a guesser who knows the distribution of small counts but reads no figure).
   */
  readonly guessRate: number;
  /** The largest recovery rate that still counts as guessing: guessRate plus three standard errors. */
  readonly allowedRate: number;
  readonly queries: number;
}

export function scoreOf(
  attack: string,
  pairs: readonly { truth: number; estimate: number | null }[],
  queries: number,
): AttackScore {
  const targets = pairs.filter((pair) => pair.truth >= 1 && pair.truth <= 4);
  const recovered = targets.filter((pair) => pair.estimate === pair.truth).length;
  const frequency = [1, 2, 3, 4].map((v) => targets.filter((pair) => pair.truth === v).length);
  const guessRate = targets.length === 0 ? 0 : Math.max(...frequency) / targets.length;
  const standardError = targets.length === 0 ? 0 : Math.sqrt((guessRate * (1 - guessRate)) / targets.length);
  return {
    attack,
    targets: targets.length,
    recovered,
    guessRate,
    allowedRate: guessRate + 3 * standardError + 1e-9,
    queries,
  };
}

/** Every value a table shows: cells and totals. */
export function valuesOf(table: ReachTable): number[] {
  return [
    ...table.rows.flatMap((row) => [...row.cells.map((cell) => cell.value), row.total.value]),
    ...table.columnTotals.map((cell) => cell.value),
    table.grandTotal.value,
  ].filter((value): value is number => value !== null);
}

/** Asks `reach` as one viewer, counting queries and keeping every value seen. */
export class ReachClient {
  queries = 0;
  readonly seen: number[] = [];

  constructor(
    private readonly gw: TestGateway,
    private readonly apiKey: string | undefined,
  ) {}

  async table(variables: Record<string, unknown>): Promise<ReachTable> {
    this.queries += 1;
    const result = await this.gw.graphql<{ reach: ReachTable }>(REACH, {
      variables,
      ...(this.apiKey ? { apiKey: this.apiKey } : {}),
    });
    if (result.errors) throw new Error(`reach ${JSON.stringify(variables)}: ${result.errors[0]!.message}`);
    this.seen.push(...valuesOf(result.data!.reach));
    return result.data!.reach;
  }

  /** The raw answer, errors included (for the error-oracle attack). */
  async answer(variables: Record<string, unknown>) {
    this.queries += 1;
    return this.gw.graphql<{ reach: ReachTable }>(REACH, {
      variables,
      ...(this.apiKey ? { apiKey: this.apiKey } : {}),
    });
  }
}

const key = (codes: readonly string[]) => codes.join('|');

/** Cells of a table by their row codes and column code. */
export function cellsByKey(table: ReachTable): Map<string, number | null> {
  const cells = new Map<string, number | null>();
  table.rows.forEach((row) => {
    row.cells.forEach((cell, c) =>
      cells.set(key([...row.categories.map((category) => category.code), table.columns[c]!.code]), cell.value),
    );
  });
  return cells;
}

export interface AttackSetting {
  readonly attacker: ReachClient;
  readonly admin: ReachClient;
  /** Centres whose deliveries are attacked, one filter each. */
  readonly centreIds: readonly string[];
  /** Consecutive whole months (first days, ISO), oldest first. */
  readonly months: readonly string[];
}

function monthEnd(firstDay: string): string {
  const [year, month] = firstDay.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/**
 * Linear derivation from one table: each cell is estimated as its row total minus the
 * other cells of its row (and, when that leaves 1 to 4 undecided, its column total minus
 * the other cells of its column), as the attack in the issue did with exact totals.
 */
export async function linearDerivation(setting: AttackSetting): Promise<AttackScore> {
  const { attacker, admin, centreIds, months } = setting;
  const shapes = [
    ['POPULATION_GROUP', 'SEX'],
    ['AGE_BRACKET', 'SEX'],
    ['AREA', 'POPULATION_GROUP'],
    ['SERVICE_TYPE', 'SEX'],
  ];
  const pairs: { truth: number; estimate: number | null }[] = [];
  const start = attacker.queries;
  for (const centreId of centreIds) {
    for (const by of shapes) {
      const variables = {
        by,
        areaLevel: 'DISTRICT',
        filter: { centreId, from: months[0], to: monthEnd(months[months.length - 1]!) },
      };
      const published = await attacker.table(variables);
      const truth = await admin.table(variables);
      const truthCells = cellsByKey(truth);
      published.rows.forEach((row, r) => {
        row.cells.forEach((_, c) => {
          const others = row.cells.reduce((sum, cell, i) => (i === c ? sum : sum + (cell.value ?? 0)), 0);
          const byRow = (row.total.value ?? 0) - others;
          const columnOthers = published.rows.reduce(
            (sum, other, i) => (i === r ? sum : sum + (other.cells[c]!.value ?? 0)),
            0,
          );
          const byColumn = (published.columnTotals[c]!.value ?? 0) - columnOthers;
          const estimate = byRow >= 1 && byRow <= 4 ? byRow : byColumn;
          const codes = [...row.categories.map((category) => category.code), published.columns[c]!.code];
          pairs.push({ truth: truthCells.get(key(codes)) ?? 0, estimate });
        });
      });
    }
  }
  return scoreOf('linear derivation (one table, cells and totals)', pairs, attacker.queries - start);
}

/** Filters that single out small groups: the rarer population groups and sexes, alone and combined. */
const NARROW_FILTERS: readonly Record<string, string>[] = [
  { populationGroup: 'REFUGEE' },
  { sex: 'NOT_RECORDED' },
  { populationGroup: 'REFUGEE', sex: 'FEMALE' },
  { populationGroup: 'REFUGEE', sex: 'NOT_RECORDED' },
  { populationGroup: 'IDP', sex: 'NOT_RECORDED' },
];

/**
 * Differencing adjacent windows: the total of months 1..m minus that of months 1..m-1 is
 * the number of people first served in month m, for narrow filters (rare groups and
 * sexes) where that step is small. Bisection then splits the steps of whole tables by
 * sex, population group, district and age bracket (tables of both windows), to rebuild
 * the profile of the people who make a small step.
 */
export async function differencingAndBisection(
  setting: AttackSetting,
): Promise<{ differencing: AttackScore; bisection: AttackScore }> {
  const { attacker, admin, centreIds, months } = setting;
  const levels: { by: string[]; areaLevel: string }[] = [
    { by: ['SEX'], areaLevel: 'DISTRICT' },
    { by: ['SEX', 'POPULATION_GROUP'], areaLevel: 'DISTRICT' },
    { by: ['SEX', 'POPULATION_GROUP', 'AREA'], areaLevel: 'DISTRICT' },
    { by: ['SEX', 'POPULATION_GROUP', 'AREA', 'AGE_BRACKET'], areaLevel: 'GOVERNORATE' },
  ];
  const differencing: { truth: number; estimate: number | null }[] = [];
  const bisection: { truth: number; estimate: number | null }[] = [];
  const startDifferencing = attacker.queries;
  for (const centreId of centreIds) {
    for (const narrow of NARROW_FILTERS) {
      let previous: { published: number; truth: number } | null = null;
      for (const month of months) {
        const variables = { by: [], filter: { centreId, ...narrow, from: months[0], to: monthEnd(month) } };
        const published = (await attacker.table(variables)).grandTotal.value ?? 0;
        const truth = (await admin.table(variables)).grandTotal.value ?? 0;
        if (previous) differencing.push({ truth: truth - previous.truth, estimate: published - previous.published });
        previous = { published, truth };
      }
    }
  }
  const differencingQueries = attacker.queries - startDifferencing;
  const startBisection = attacker.queries;
  for (const centreId of centreIds) {
    for (const { by, areaLevel } of levels) {
      let previous: { published: Map<string, number | null>; truth: Map<string, number | null> } | null = null;
      for (const month of months) {
        const variables = { by, areaLevel, filter: { centreId, from: months[0], to: monthEnd(month) } };
        const published = cellsByKey(await attacker.table(variables));
        const truth = cellsByKey(await admin.table(variables));
        if (previous) {
          for (const [cell, value] of truth) {
            const step = (value ?? 0) - (previous.truth.get(cell) ?? 0);
            const estimate = (published.get(cell) ?? 0) - (previous.published.get(cell) ?? 0);
            bisection.push({ truth: step, estimate });
          }
        }
        previous = { published, truth };
      }
    }
  }
  return {
    differencing: scoreOf('differencing adjacent month windows (narrow filters)', differencing, differencingQueries),
    bisection: scoreOf(
      'bisection of the steps over sex, group, district, age',
      bisection,
      attacker.queries - startBisection,
    ),
  };
}

/**
 * Averaging: the cells of area × group × sex (districts) asked repeatedly and through
 * differently shaped queries (rows area × group, rows group × area, and, for small
 * cells, a total filtered to that area, group and sex), then the mean, rounded. Returns
 * the score and whether every answer for a cell was the same value.
 */
export async function averaging(
  setting: AttackSetting,
  repeats = 2,
  filteredPerCentre = 30,
): Promise<{ score: AttackScore; consistent: boolean; cellsAsked: number }> {
  const { attacker, admin, centreIds, months } = setting;
  const pairs: { truth: number; estimate: number | null }[] = [];
  let consistent = true;
  let cellsAsked = 0;
  const start = attacker.queries;
  const window = { from: months[0], to: monthEnd(months[months.length - 1]!) };
  for (const centreId of centreIds) {
    const filter = { centreId, ...window };
    const shape = (by: string[]) => ({ by, areaLevel: 'DISTRICT', filter });
    const truth = cellsByKey(await admin.table(shape(['AREA', 'POPULATION_GROUP', 'SEX'])));
    const answers = new Map<string, number[]>();
    const add = (cell: string, value: number | null | undefined) =>
      answers.set(cell, [...(answers.get(cell) ?? []), value ?? 0]);
    for (let i = 0; i < repeats; i++) {
      for (const [cell, value] of cellsByKey(await attacker.table(shape(['AREA', 'POPULATION_GROUP', 'SEX']))))
        add(cell, value);
      for (const [cell, value] of cellsByKey(await attacker.table(shape(['POPULATION_GROUP', 'AREA', 'SEX'])))) {
        const [group, area, sex] = cell.split('|');
        add(`${area}|${group}|${sex}`, value);
      }
    }
    // A third shape for small cells: the total of a filter to that district, group and sex.
    const small = [...truth].filter(
      ([cell, value]) => value !== null && value >= 1 && value <= 4 && !cell.startsWith('not_recorded'),
    );
    for (const [cell] of small.slice(0, filteredPerCentre)) {
      const [area, group, sex] = cell.split('|');
      const total = await attacker.table({
        by: [],
        filter: { ...filter, areaPcode: area, populationGroup: group!.toUpperCase(), sex: sex!.toUpperCase() },
      });
      add(cell, total.grandTotal.value);
    }
    for (const [cell, values] of answers) {
      cellsAsked += 1;
      if (new Set(values).size !== 1) consistent = false;
      const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
      pairs.push({ truth: truth.get(cell) ?? 0, estimate: Math.round(mean) });
    }
  }
  return {
    score: scoreOf('averaging repeated and reshaped queries', pairs, attacker.queries - start),
    consistent,
    cellsAsked,
  };
}

/**
 * Error oracle: a table by age bracket whose `at` precedes some birth dates used to fail
 * with "a person was born after `at`", a yes/no answer about hidden birth dates. The
 * attacker probes every month end of a span; the targets are the probes where 1 to 4 of
 * the people counted were born after `at`; one is "recovered" when its answer differs in
 * kind (an error, or another error text) from the answer to a probe where nobody was.
 */
export async function errorOracle(
  setting: AttackSetting,
  bornAfter: (centreId: string, at: string) => Promise<number>,
  probes: readonly string[],
): Promise<AttackScore> {
  const { attacker, centreIds } = setting;
  const pairs: { truth: number; estimate: number | null }[] = [];
  const start = attacker.queries;
  for (const centreId of centreIds) {
    const answers: { count: number; kind: string }[] = [];
    for (const at of probes) {
      const answer = await attacker.answer({ by: ['AGE_BRACKET'], at, filter: { centreId } });
      answers.push({
        count: await bornAfter(centreId, at),
        kind: answer.errors ? `error:${answer.errors[0]!.message}` : 'answer',
      });
    }
    const reference = answers.find((a) => a.count === 0)?.kind ?? 'answer';
    // A differing answer reveals "someone was born after at": the attacker then guesses the smallest count, 1.
    for (const a of answers) pairs.push({ truth: a.count, estimate: a.kind === reference ? null : 1 });
  }
  return scoreOf('error oracle (`at` before hidden birth dates)', pairs, attacker.queries - start);
}
