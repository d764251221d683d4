import { vocabularySchema } from './vocabulary';

/** IATI TransactionType codelist (the subset the platform records). */
export const IATI_TRANSACTION_TYPES = [
  { code: 'incoming_funds', label: 'Incoming Funds', iatiCode: 1 },
  { code: 'outgoing_commitment', label: 'Outgoing Commitment', iatiCode: 2 },
  { code: 'disbursement', label: 'Disbursement', iatiCode: 3 },
  { code: 'expenditure', label: 'Expenditure', iatiCode: 4 },
  { code: 'incoming_commitment', label: 'Incoming Commitment', iatiCode: 11 },
  { code: 'outgoing_pledge', label: 'Outgoing Pledge', iatiCode: 12 },
  { code: 'incoming_pledge', label: 'Incoming Pledge', iatiCode: 13 },
] as const;

export const IatiTransactionTypeSchema = /* @__PURE__ */ vocabularySchema(
  IATI_TRANSACTION_TYPES,
  'IATI transaction type',
);
export type IatiTransactionType = (typeof IATI_TRANSACTION_TYPES)[number]['code'];
