import type { DtmDisplacementRow } from '../api/dtm-schemas';

/**
 * A small dataset shaped like the real DTM v3 answers for Iraq, for tests and the local
 * server. Figures are made up (rounded near the public figures quoted in the reference
 * README), not DTM's. Shapes as the real API answers:
 * - admin0 (national) rows carry no `id`;
 * - rows are split by `displacementReason` and by origin governorate
 *   (`idpOriginAdmin1Name`/`Pcode`), an unknown origin being "Not available";
 * - p-codes are DTM's IRQ-G form of OCHA's (IRQ-G15 = IQG15), with DTM's English
 *   spellings; one governorate (Diyala) carries a DTM-internal placeholder code, so
 *   sync must fall back to the name;
 * - `numberMales`/`numberFemales` are given for some rows and null for most.
 */
const ROUNDS = [
  { round: 95, date: '2017-10-11' },
  { round: 96, date: '2017-12-31' },
  { round: 97, date: '2018-02-28' },
] as const;

interface Split {
  readonly originName: string;
  readonly originPcode: string;
  readonly reason: string;
  /** Individuals per round. */
  readonly idps: readonly [number, number, number];
  readonly sexes?: readonly [males: number, females: number];
}

interface Place {
  readonly admin1Name: string;
  readonly admin1Pcode: string;
  readonly admin2Name?: string;
  readonly admin2Pcode?: string;
  readonly splits: readonly Split[];
}

const NOT_AVAILABLE = 'Not available';
const FROM_NINEWA = { originName: 'Ninewa', originPcode: 'IRQ-G15', reason: 'Conflict' } as const;

const PLACES: readonly Place[] = [
  {
    admin1Name: 'Ninewa',
    admin1Pcode: 'IRQ-G15',
    splits: [
      { ...FROM_NINEWA, idps: [780_000, 690_000, 630_000] },
      { originName: 'Al-Anbar', originPcode: 'IRQ-G01', reason: 'Conflict', idps: [20_100, 10_000, 10_000] },
    ],
  },
  {
    admin1Name: 'Duhok',
    admin1Pcode: 'IRQ-G09',
    splits: [
      { ...FROM_NINEWA, idps: [330_000, 320_000, 310_000], sexes: [160_000, 170_000] },
      { originName: NOT_AVAILABLE, originPcode: NOT_AVAILABLE, reason: 'Conflict', idps: [5_000, 4_000, 3_000] },
    ],
  },
  {
    admin1Name: 'Kirkuk',
    admin1Pcode: 'IRQ-G13',
    splits: [
      { originName: 'Kirkuk', originPcode: 'IRQ-G13', reason: 'Conflict', idps: [100_000, 95_000, 82_000] },
      { originName: 'Salah Al-Din', originPcode: 'IRQ-G16', reason: 'Conflict', idps: [20_000, 15_000, 13_000] },
    ],
  },
  {
    admin1Name: 'Diyala',
    admin1Pcode: 'IRQ010',
    splits: [
      { originName: 'Diyala', originPcode: 'IRQ-G10', reason: 'Conflict', idps: [70_000, 68_000, 67_000] },
      { originName: 'Diyala', originPcode: 'IRQ-G10', reason: 'Climate', idps: [5_000, 4_000, 3_500] },
    ],
  },
  {
    admin1Name: 'Ninewa',
    admin1Pcode: 'IRQ-G15',
    admin2Name: 'Al-Mosul',
    admin2Pcode: 'IRQ-G15Q05',
    splits: [{ ...FROM_NINEWA, idps: [600_000, 520_000, 470_000] }],
  },
  {
    admin1Name: 'Duhok',
    admin1Pcode: 'IRQ-G09',
    admin2Name: 'Sumail',
    admin2Pcode: 'IRQ-G09Q03',
    splits: [
      { ...FROM_NINEWA, idps: [90_000, 88_000, 85_000] },
      { originName: NOT_AVAILABLE, originPcode: NOT_AVAILABLE, reason: 'Conflict', idps: [1_000, 900, 800] },
    ],
  },
  {
    admin1Name: 'Kirkuk',
    admin1Pcode: 'IRQ-G13',
    admin2Name: 'Al-Hawiga',
    admin2Pcode: 'IRQ-G13Q01',
    splits: [{ originName: 'Kirkuk', originPcode: 'IRQ-G13', reason: 'Conflict', idps: [15_600, 14_000, 12_100] }],
  },
  {
    admin1Name: 'Diyala',
    admin1Pcode: 'IRQ010',
    admin2Name: 'Khanaqin',
    admin2Pcode: 'IRQ010005',
    splits: [{ originName: 'Diyala', originPcode: 'IRQ-G10', reason: 'Conflict', idps: [40_000, 39_500, 38_000] }],
  },
];

/** National rows per round, split by reason (the real admin0 rows carry no origin). */
const NATIONAL: readonly { reason: string; idps: readonly [number, number, number] }[] = [
  { reason: 'Conflict', idps: [3_150_000, 2_610_000, 2_310_000] },
  { reason: 'Climate', idps: [50_000, 40_000, 35_000] },
];

export const FIXTURE_OPERATION = 'Iraq IDP and Returnee Master List';

function base(
  index: number,
): Pick<
  DtmDisplacementRow,
  | 'operation'
  | 'admin0Name'
  | 'admin0Pcode'
  | 'reportingDate'
  | 'yearReportingDate'
  | 'monthReportingDate'
  | 'roundNumber'
  | 'assessmentType'
  | 'operationStatus'
> {
  const round = ROUNDS[index];
  if (round === undefined) throw new Error(`no round ${index}`);
  return {
    operation: FIXTURE_OPERATION,
    admin0Name: 'Iraq',
    admin0Pcode: 'IRQ',
    reportingDate: round.date,
    yearReportingDate: Number(round.date.slice(0, 4)),
    monthReportingDate: Number(round.date.slice(5, 7)),
    roundNumber: round.round,
    assessmentType: 'BA',
    operationStatus: 'Active',
  };
}

/** Rows as the API serves them: admin0 (no id), admin1 and admin2, each split by origin and reason. */
export function fixtureDisplacementRows(): DtmDisplacementRow[] {
  let id = 1000;
  const rows: DtmDisplacementRow[] = [];
  ROUNDS.forEach((_round, index) => {
    for (const national of NATIONAL) {
      rows.push({
        ...base(index),
        admin1Name: null,
        admin1Pcode: null,
        admin2Name: null,
        admin2Pcode: null,
        adminLevel: 'Admin0',
        numPresentIdpInd: national.idps[index] ?? 0,
        numberMales: null,
        numberFemales: null,
        idpOriginAdmin1Name: null,
        idpOriginAdmin1Pcode: null,
        displacementReason: national.reason,
      });
    }
    for (const place of PLACES) {
      for (const split of place.splits) {
        rows.push({
          ...base(index),
          id: String(id++),
          admin1Name: place.admin1Name,
          admin1Pcode: place.admin1Pcode,
          admin2Name: place.admin2Name ?? null,
          admin2Pcode: place.admin2Pcode ?? null,
          adminLevel: place.admin2Name ? 'Admin2' : 'Admin1',
          numPresentIdpInd: split.idps[index] ?? 0,
          numberMales: index === 0 && split.sexes ? split.sexes[0] : null,
          numberFemales: index === 0 && split.sexes ? split.sexes[1] : null,
          idpOriginAdmin1Name: split.originName,
          idpOriginAdmin1Pcode: split.originPcode,
          displacementReason: split.reason,
        });
      }
    }
  });
  return rows;
}
