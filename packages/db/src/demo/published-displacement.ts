import { SOURCES, type SourceKey } from './sources';

/**
 * Round number of a figure quoted in an IOM document rather than read from a DTM round:
 * the documents give a date ("as of 11 October 2017"), never a round, and guessing the
 * DTM round would invent a fact. Such figures are dated by `reportingDate` only, and
 * round-based views (latest round, series) leave round 0 out.
 */
export const DOCUMENT_ROUND = 0;

/** A figure an IOM document quotes for one area (stored as a DisplacementFigure, source `iom_document`). */
export interface PublishedAreaFigure {
  readonly areaPcode: string;
  readonly level: 'governorate' | 'district' | 'subdistrict';
  readonly populationGroup: 'idp' | 'returnee';
  /** The document's figure; "over 220,000" is stored as 220,000 (a lower bound, said so in `sourceRef`). */
  readonly individuals: number;
  readonly reportingDate: string;
  readonly source: SourceKey;
  /** What exactly the document says the figure counts. */
  readonly detail: string;
}

/**
 * Figures the documents quote for one area. The Mosul figures count people displaced by
 * (and returned after) the Mosul operations; they are stored at Mosul district (IQG15Q05),
 * where the operations took place, not where the displaced now live.
 */
export const PUBLISHED_AREA_FIGURES: readonly PublishedAreaFigure[] = [
  {
    areaPcode: 'IQG15Q05',
    level: 'district',
    populationGroup: 'idp',
    individuals: 800_100,
    reportingDate: '2017-10-11',
    source: 'communityCentres',
    detail:
      'Mosul operations (from 17 October 2016): an estimated 800,100 individuals currently displaced, as of 11 October 2017 (DTM)',
  },
  {
    areaPcode: 'IQG15Q05',
    level: 'district',
    populationGroup: 'returnee',
    individuals: 297_800,
    reportingDate: '2017-10-11',
    source: 'communityCentres',
    detail:
      'Mosul operations (from 17 October 2016): more than 297,800 individuals returned, as of 11 October 2017 (DTM)',
  },
  {
    areaPcode: 'IQG10Q05N04',
    level: 'subdistrict',
    populationGroup: 'returnee',
    individuals: 220_000,
    reportingDate: '2019-09-19',
    source: 'crcOpening',
    detail: 'Jalawla, Diyala Governorate, "has welcomed back over 220,000 returnees" (a lower bound)',
  },
];

/** Where a figure that belongs to no single area applies. */
export type PublishedFigureScope = 'country' | 'operation';

/** A figure the documents quote for the whole country or for an operation spanning several areas. */
export interface PublishedScopeFigure {
  readonly key: string;
  readonly scope: PublishedFigureScope;
  /** Areas the figure covers: none for the country, the districts of an operation. */
  readonly areaPcodes: readonly string[];
  readonly populationGroup: 'idp' | 'returnee';
  readonly individuals: number;
  /** Start of the period the figure covers, when the document gives one. */
  readonly periodStart: string | null;
  readonly reportingDate: string;
  readonly source: SourceKey;
  readonly detail: string;
}

/**
 * Figures that no area of the p-code scheme can hold: national totals (the country is not
 * an area, and the document does not split them by governorate) and the Hawija and Shirqat
 * operations, whose figures are one total over two districts in two governorates
 * (Al-Hawiga IQG13Q01 in Kirkuk, Al-Shirqat IQG16Q02 in Salah al-Din). Storing them at any
 * one area would misplace them, and adding them to area sums would double count. Kept
 * here, as a small documented list, and served by the gateway as they are.
 */
export const PUBLISHED_SCOPE_FIGURES: readonly PublishedScopeFigure[] = [
  {
    key: 'iraq-idps-2017-10',
    scope: 'country',
    areaPcodes: [],
    populationGroup: 'idp',
    individuals: 3_200_000,
    periodStart: null,
    reportingDate: '2017-10-12',
    source: 'communityCentres',
    detail: 'There are 3.2 million internally displaced persons in Iraq due to the current conflict',
  },
  {
    key: 'iraq-returnees-2017-10',
    scope: 'country',
    areaPcodes: [],
    populationGroup: 'returnee',
    individuals: 2_200_000,
    periodStart: null,
    reportingDate: '2017-10-12',
    source: 'communityCentres',
    detail: '2.2 million displaced who returned to their place of origin',
  },
  {
    key: 'hawija-shirqat-idps-2017-10',
    scope: 'operation',
    areaPcodes: ['IQG13Q01', 'IQG16Q02'],
    populationGroup: 'idp',
    individuals: 15_600,
    periodStart: '2017-09-21',
    reportingDate: '2017-10-12',
    source: 'communityCentres',
    detail:
      'More than 15,600 Iraqis currently displaced due to the Hawija and Shirqat operations, which began on 21 September 2017',
  },
  {
    key: 'hawija-shirqat-idps-2016-08-2017-09',
    scope: 'operation',
    areaPcodes: ['IQG13Q01', 'IQG16Q02'],
    populationGroup: 'idp',
    individuals: 102_700,
    periodStart: '2016-08-01',
    reportingDate: '2017-09-21',
    source: 'communityCentres',
    detail: 'Over 102,700 individuals displaced from these areas between August 2016 and 21 September 2017',
  },
  {
    key: 'hawija-shirqat-returnees-2017-10',
    scope: 'operation',
    areaPcodes: ['IQG13Q01', 'IQG16Q02'],
    populationGroup: 'returnee',
    individuals: 31_200,
    periodStart: '2016-08-01',
    reportingDate: '2017-10-12',
    source: 'communityCentres',
    detail: 'Over 31,200 people returned following the operations during these periods, as of 12 October 2017',
  },
  {
    key: 'iraq-displaced-isil-crisis',
    scope: 'country',
    areaPcodes: [],
    populationGroup: 'idp',
    individuals: 3_500_000,
    periodStart: null,
    reportingDate: '2019-09-19',
    source: 'crcOpening',
    detail:
      'During the ISIL crisis in Iraq, 3.5 million people were displaced from their homes (everyone displaced during the crisis, not those still displaced)',
  },
  {
    key: 'iraq-returnees-since-2017-12',
    scope: 'country',
    areaPcodes: [],
    populationGroup: 'returnee',
    individuals: 1_500_000,
    periodStart: null,
    reportingDate: '2019-09-19',
    source: 'crcOpening',
    detail:
      'Since Iraq declared victory over ISIL in December 2017, nearly 1.5 million IDPs have returned to their locations of origin (an approximation)',
  },
];

/** The `sourceRef` of a published figure: the document and what it says. */
export function publishedSourceRef(source: SourceKey, detail: string): string {
  const document = SOURCES[source];
  return `${document.id}: ${document.title}, ${document.date} (${document.file}): ${detail}`;
}
