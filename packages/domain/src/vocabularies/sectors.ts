import { vocabularySchema } from './vocabulary';

/**
 * Sectors of projects and funding, each with its OECD DAC 5-digit purpose code
 * (`dacCode`, what IATI `sector` with vocabulary 1 carries). Where the DAC splits a
 * sector we use (basic health care / basic health infrastructure), `dacCode` is the
 * default and `otherDacCodes` the codes that also map to it, so imports can resolve
 * either. `crpLabel` is the sector name the CRP VI snapshot (Q1 2018) uses, null when
 * the snapshot has no matching heading.
 */
export const SECTORS = [
  { code: 'education', label: 'Education', dacCode: 11220, otherDacCodes: [], crpLabel: 'Education' },
  { code: 'vocational_training', label: 'Vocational training', dacCode: 11330, otherDacCodes: [], crpLabel: null },
  { code: 'health', label: 'Basic health', dacCode: 12220, otherDacCodes: [12230], crpLabel: 'Health' },
  {
    code: 'water_and_sanitation',
    label: 'Water and sanitation',
    dacCode: 14030,
    otherDacCodes: [14031],
    crpLabel: 'Water and Sanitation',
  },
  { code: 'energy', label: 'Energy', dacCode: 23110, otherDacCodes: [23210], crpLabel: 'Energy' },
  {
    code: 'recreation',
    label: 'Recreational facilities',
    dacCode: 16061,
    otherDacCodes: [],
    crpLabel: 'Recreational Facilities',
  },
  { code: 'employment', label: 'Employment creation', dacCode: 16020, otherDacCodes: [], crpLabel: 'Economy' },
  {
    code: 'sme_development',
    label: 'Small and medium-sized enterprise development',
    dacCode: 32130,
    otherDacCodes: [],
    crpLabel: null,
  },
  {
    code: 'business_services',
    label: 'Business development services',
    dacCode: 25030,
    otherDacCodes: [],
    crpLabel: null,
  },
  {
    code: 'conflict_prevention',
    label: 'Peacebuilding, conflict prevention and community policing',
    dacCode: 15220,
    otherDacCodes: [],
    crpLabel: 'Community Policing Offices',
  },
  {
    code: 'reconstruction',
    label: 'Reconstruction and rehabilitation of infrastructure',
    dacCode: 73010,
    otherDacCodes: [],
    crpLabel: 'Infrastructure',
  },
] as const satisfies readonly {
  code: string;
  label: string;
  dacCode: number;
  otherDacCodes: readonly number[];
  crpLabel: string | null;
}[];

export const SectorSchema = /* @__PURE__ */ vocabularySchema(SECTORS, 'sector');
export type Sector = (typeof SECTORS)[number]['code'];

/** The sector an OECD DAC purpose code maps to, if any (for IATI imports). */
export function sectorOfDacCode(dacCode: number): Sector | undefined {
  return SECTORS.find(
    (sector) => sector.dacCode === dacCode || (sector.otherDacCodes as readonly number[]).includes(dacCode),
  )?.code;
}
