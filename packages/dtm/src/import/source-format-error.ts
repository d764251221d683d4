/** The file cannot be imported at all (unreadable, no header, required columns missing, ambiguous columns). Nothing is written. */
export class SourceFormatError extends Error {
  override readonly name = 'SourceFormatError';
}
