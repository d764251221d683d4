import type { AgeBracket } from '@crc/domain';
import type { Translator } from '@crc/i18n';
import { NOT_RECORDED, type Dimension } from '@crc/metrics';

/**
 * The label of a reach category in the viewer's language (vocabulary labels, area names,
 * age brackets with the viewer's digits), as the gateway labels its figure tables.
 */
export function categoryLabel(
  i18n: Translator,
  dimension: Dimension,
  code: string,
  brackets: readonly AgeBracket[],
): string {
  if (code === NOT_RECORDED) return i18n.vocabularyLabel('sexes', NOT_RECORDED);
  switch (dimension) {
    case 'sex':
      return i18n.vocabularyLabel('sexes', code);
    case 'populationGroup':
      return i18n.vocabularyLabel('populationGroups', code);
    case 'disabilityStatus':
      return i18n.vocabularyLabel('disabilityStatuses', code);
    case 'serviceType':
      return i18n.vocabularyLabel('serviceTypes', code);
    case 'sector':
      return i18n.vocabularyLabel('sectors', code);
    case 'governorate':
    case 'district':
    case 'subdistrict':
      return i18n.areaName(code).text;
    case 'ageBracket': {
      const bracket = brackets.find((candidate) => candidate.code === code);
      return bracket ? i18n.ageBracketLabel(bracket) : code;
    }
  }
}
