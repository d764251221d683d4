/**
 * The public IOM Iraq documents the demo data is taken from (copies in
 * /work/shared/reference/iom-documents). Every published fact in the demo data names
 * one of them; everything else is generated and flagged `illustrative`.
 */
export interface SourceDocument {
  readonly id: string;
  readonly title: string;
  /** Publication date, or the date the facts are "as of" when the text gives no other. */
  readonly date: string;
  /** File name in the reference folder. */
  readonly file: string;
}

export const SOURCES = {
  crcOpening: {
    id: 'iom-iraq-crc-jalawla-2019',
    title:
      'After Crisis, Community Resource Centres Foster Reintegration and Rehabilitation in Iraq (IOM Iraq press release, Jalawla)',
    // "inaugurated this Thursday (19/9)": Thursday 19 September 2019.
    date: '2019-09-19',
    file: '000_96eddc5cf1eb7e78.txt (English), 004_4ab620d13a78cadf.txt (Arabic)',
  },
  communityCentres: {
    id: 'iom-iraq-community-centres-2017',
    title:
      "IOM Community Centres Engage Iraq's Displaced, Returnees and Host Communities in Peacebuilding (IOM Iraq press release, Erbil)",
    // Its DTM figures are "as of 11/12 October 2017".
    date: '2017-10-12',
    file: '001_593b66b4e5dc4f0d.txt, 003_0436bb2c485bb0f3.txt (EN/AR/CKB)',
  },
  crpSnapshot: {
    id: 'iom-iraq-crp-vi-snapshot-2018-q1',
    title: 'IOM Iraq Community Transition and Recovery Programme snapshot, first quarter 2018 (CRP VI)',
    // "The figures reflect TRU activities during the first quarter (from 01.01.2018 to 01.04.2018)".
    date: '2018-03-31',
    file: '002_dba356c15cf15900.txt',
  },
} as const satisfies Record<string, SourceDocument>;

export type SourceKey = keyof typeof SOURCES;

/** The text stored with a published figure (IndicatorValue.source, descriptions, notes). */
export function sourceNote(key: SourceKey, detail?: string): string {
  const source = SOURCES[key];
  return `${source.title}, ${source.date}${detail ? `: ${detail}` : ''}`;
}

/** The note every generated record carries where the table has a text field for it. */
export const ILLUSTRATIVE_NOTE = 'Illustrative: generated demo record, not a published fact.';
