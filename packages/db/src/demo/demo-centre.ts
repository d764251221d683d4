import { areasAtLevel, isWithin, type CentreKind, type ServiceType } from '@crc/domain';

/** What the generators need to know about a centre that people are registered at. */
export interface DemoCentre {
  readonly id: string;
  readonly code: string;
  readonly kind: CentreKind;
  readonly areaPcode: string;
  readonly services: readonly ServiceType[];
  /** Generated activity falls between these dates (working days only). */
  readonly activeFrom: Date;
  readonly activeTo: Date;
  /** Sub-districts people registered here live in (the centre's area or inside it). */
  readonly residenceAreas: readonly string[];
}

/** The sub-districts a centre's catchment covers: its own area if that is a sub-district, else every sub-district inside it. */
export function residenceAreasOf(areaPcode: string): readonly string[] {
  const inside = areasAtLevel('subdistrict')
    .filter((area) => area.pcode === areaPcode || isWithin(area.pcode, areaPcode))
    .map((area) => area.pcode);
  return inside.length > 0 ? inside : [areaPcode];
}
