/**
 * What a cell may not carry, and what is removed from it before it is read.
 *
 * - Bidi controls (LRM/RLM, embeddings, overrides, isolates, the Arabic letter mark)
 *   are removed: they change how a name is displayed without changing what it says, and
 *   an override can make "Mosul" display as another name (Trojan Source).
 * - NUL and other C0/C1 control characters (tab, line feed and carriage return
 *   excepted) reject their row: no place or figure has one, and they break tools
 *   downstream (PostgreSQL text refuses NUL).
 * - U+FFFD, the replacement character, rejects its row: the decoder put it where the
 *   file had bytes that are not valid in its encoding, and storing it would lose the
 *   name silently.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex -- finding control characters is the point.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** Longest area or location name accepted (the longest Iraqi place names are under 60 characters). */
export const MAX_NAME_LENGTH = 200;

export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** Why a cell's text rejects its row, or undefined when it is fine. */
export function unsafeCharacter(text: string, encoding: string): string | undefined {
  const control = CONTROL.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0);
    return code === 0
      ? 'contains a null byte'
      : `contains the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  if (text.includes('\ufffd')) {
    const hint = encoding === 'utf-8' ? ' (if the file was saved by an Arabic Excel, try --encoding windows-1256)' : '';
    return `contains bytes that are not valid ${encoding}${hint}`;
  }
  return undefined;
}

/**
 * Undoes the spreadsheet-formula escape of the rejects file (a `'` before a leading
 * `=`, `+`, `-`, `@`, tab or carriage return), so a rejects file, once fixed, imports
 * as the original would have.
 */
export function withoutFormulaEscape(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

/**
 * OWASP's advice for CSV injection: a cell that a spreadsheet would read as a formula
 * (leading `=`, `+`, `-`, `@`, tab or carriage return) gets a leading `'`, so Excel and
 * LibreOffice show it as text instead of running it.
 */
export function escapeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
