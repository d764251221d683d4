import type { TranslatedIssue } from '@crc/i18n';

/** Bad input to a mutation: every problem with the field it concerns, in the request's language. */
export class InputValidationError extends Error {
  constructor(
    message: string,
    readonly issues: readonly TranslatedIssue[],
  ) {
    super(message);
    this.name = 'InputValidationError';
  }
}
