import { IATI_TRANSACTION_TYPES } from '@crc/domain';
import { builder } from '../../builder';
import { vocabularyEnumValues } from '../programmes/vocabulary-enum';

export const TransactionTypeEnum = builder.enumType('TransactionType', {
  description: 'Kind of funding transaction, from the IATI TransactionType codelist (the code is in `transactionTypeIatiCode`).',
  values: vocabularyEnumValues(IATI_TRANSACTION_TYPES, (type) => `${type.label} (IATI code ${type.iatiCode}).`),
});
