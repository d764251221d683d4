import { SECTORS } from '@crc/domain';
import { builder } from '../../builder';
import { vocabularyEnumValues } from '../programmes/vocabulary-enum';

export const SectorEnum = builder.enumType('Sector', {
  description: 'Sector of a project or indicator; each maps to an OECD DAC 5-digit purpose code (`sectorDacCode`).',
  values: vocabularyEnumValues(SECTORS, (sector) => `${sector.label} (OECD DAC ${sector.dacCode}).`),
});

/** The sector's OECD DAC purpose code (what IATI `sector` with vocabulary 1 carries). */
export function dacCodeOf(sector: string): number | null {
  return SECTORS.find((entry) => entry.code === sector)?.dacCode ?? null;
}
