import type { DtmDisplacementRow } from '../api/dtm-schemas';

/**
 * A small DTM-shaped dataset for tests: Iraq, admin1 and admin2 rows over three rounds.
 * Figures are illustrative (rounded from the public figures quoted in the reference
 * README), not DTM's. DTM's own admin p-codes are not OCHA p-codes, so the codes here
 * are deliberately DTM-style placeholders: areas are mapped by name.
 */
const ROUNDS = [
  { round: 95, date: '2017-10-11' },
  { round: 96, date: '2017-12-31' },
  { round: 97, date: '2018-02-28' },
] as const;

interface Place {
  readonly admin1Name: string;
  readonly admin1Pcode: string;
  readonly admin2Name?: string;
  readonly admin2Pcode?: string;
  readonly idps: readonly [number, number, number];
}

const PLACES: readonly Place[] = [
  { admin1Name: 'Ninewa', admin1Pcode: 'IRQ015', idps: [800_100, 700_000, 640_000] },
  { admin1Name: 'Kirkuk', admin1Pcode: 'IRQ013', idps: [120_000, 110_000, 95_000] },
  { admin1Name: 'Diyala', admin1Pcode: 'IRQ010', idps: [75_000, 72_000, 70_500] },
  { admin1Name: 'Ninewa', admin1Pcode: 'IRQ015', admin2Name: 'Mosul', admin2Pcode: 'IRQ015001', idps: [600_000, 520_000, 470_000] },
  { admin1Name: 'Kirkuk', admin1Pcode: 'IRQ013', admin2Name: 'Hawiga', admin2Pcode: 'IRQ013002', idps: [15_600, 14_000, 12_100] },
  { admin1Name: 'Diyala', admin1Pcode: 'IRQ010', admin2Name: 'Khanaqin', admin2Pcode: 'IRQ010005', idps: [40_000, 39_500, 38_000] },
];

export const FIXTURE_OPERATION = 'Iraq IDP and Returnee Master List';

function row(place: Place, index: number, id: number): DtmDisplacementRow {
  const round = ROUNDS[index];
  if (round === undefined) throw new Error(`no round ${index}`);
  return {
    id: String(id),
    operation: FIXTURE_OPERATION,
    admin0Name: 'Iraq',
    admin0Pcode: 'IRQ',
    admin1Name: place.admin1Name,
    admin1Pcode: place.admin1Pcode,
    admin2Name: place.admin2Name ?? null,
    admin2Pcode: place.admin2Pcode ?? null,
    adminLevel: place.admin2Name ? 'Admin2' : 'Admin1',
    numPresentIdpInd: place.idps[index] ?? 0,
    reportingDate: round.date,
    yearReportingDate: Number(round.date.slice(0, 4)),
    monthReportingDate: Number(round.date.slice(5, 7)),
    roundNumber: round.round,
    assessmentType: 'BA',
    operationStatus: 'Active',
    numberMales: null,
    numberFemales: null,
    idpOriginAdmin1Name: null,
    idpOriginAdmin1Pcode: null,
    displacementReason: 'Conflict',
  };
}

/** Rows as the API serves them (admin0 rows are the national sums per round). */
export function fixtureDisplacementRows(): DtmDisplacementRow[] {
  let id = 1000;
  const rows: DtmDisplacementRow[] = [];
  ROUNDS.forEach((round, index) => {
    const admin1 = PLACES.filter((place) => !place.admin2Name);
    rows.push({
      ...row(admin1[0] as Place, index, id++),
      admin1Name: null,
      admin1Pcode: null,
      adminLevel: 'Admin0',
      numPresentIdpInd: admin1.reduce((sum, place) => sum + (place.idps[index] ?? 0), 0),
      reportingDate: round.date,
    });
    for (const place of PLACES) rows.push(row(place, index, id++));
  });
  return rows;
}
