import { INDICATOR_UNITS } from '@crc/domain';
import { builder } from '../../builder';
import { vocabularyEnumValues } from '../common/vocabulary-enum';

export const IndicatorUnitEnum = builder.enumType('IndicatorUnit', {
  description:
    'What an indicator counts. Every figure carries its unit: individuals and households are never added together.',
  values: vocabularyEnumValues(INDICATOR_UNITS, (unit) =>
    unit.code === 'currency'
      ? `${unit.label} (an exact decimal).`
      : `${unit.label}${unit.integer ? ' (whole numbers)' : ''}.`,
  ),
});
