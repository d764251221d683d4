import { normaliseArabicScript } from '@crc/domain';

/**
 * Arabic-script text folded for search and duplicate detection.
 *
 * @deprecated Use `normaliseArabicScript` from `@crc/domain`: the platform's one folding,
 * which area resolution uses too. This alias is that same function.
 */
export const normalizeArabic: (text: string) => string = normaliseArabicScript;
