import { vocabularySchema } from './vocabulary';

/**
 * Languages people in the CRC areas speak, to record the language of a piece of
 * feedback (so the answer comes in the same language). BCP 47 / ISO 639 codes:
 * Sorani `ckb`, Kurmanji (Badini) `kmr`, Syriac `syr`.
 */
export const LANGUAGES = [
  { code: 'ar', label: 'Arabic' },
  { code: 'ckb', label: 'Sorani Kurdish' },
  { code: 'kmr', label: 'Kurmanji Kurdish (Badini)' },
  { code: 'tr', label: 'Turkmen (Turkish)' },
  { code: 'syr', label: 'Syriac' },
  { code: 'en', label: 'English' },
] as const;

export const LanguageSchema = /* @__PURE__ */ vocabularySchema(LANGUAGES, 'language');
export type Language = (typeof LANGUAGES)[number]['code'];
