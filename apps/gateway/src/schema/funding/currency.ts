import { CURRENCIES } from '@crc/domain';
import { builder } from '../../builder';
import { vocabularyEnumValues } from '../programmes/vocabulary-enum';

export const CurrencyEnum = builder.enumType('Currency', {
  description: 'ISO 4217 currency of an amount. Amounts in different currencies are never added together.',
  values: vocabularyEnumValues(CURRENCIES, (currency) =>
    currency.minorUnits === 0 ? `${currency.label} (whole units only)` : `${currency.label} (${currency.minorUnits} decimal places)`,
  ),
});
