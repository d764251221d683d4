import { CATALOGS, t, type Locale, type MessageKey } from '@crc/i18n';
import type { RegistrationField } from './registration-fields';

/** The spreadsheet languages of the template. */
export const TEMPLATE_LANGUAGES = ['en', 'ar'] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];

/*
 * Column labels the @crc/i18n catalogue has no `field.<key>` message for yet (import-only
 * columns and the Washington Group questions as a form asks them). Every other column's
 * label is the catalogue's.
 */
const IMPORT_LABELS: Readonly<Record<string, Readonly<Record<TemplateLanguage, string>>>> = {
  householdKey: { en: 'Household key', ar: 'رمز الأسرة' },
  servicesDelivered: { en: 'Services delivered on the day', ar: 'الخدمات المقدمة في يوم التسجيل' },
  relationshipToHead: { en: 'Relationship to the head of household', ar: 'صلة القرابة برب الأسرة' },
  disabilitySeeing: { en: 'Difficulty seeing', ar: 'صعوبة في الرؤية' },
  disabilityHearing: { en: 'Difficulty hearing', ar: 'صعوبة في السمع' },
  disabilityWalking: { en: 'Difficulty walking or climbing steps', ar: 'صعوبة في المشي أو صعود الدرج' },
  disabilityCognition: { en: 'Difficulty remembering or concentrating', ar: 'صعوبة في التذكر أو التركيز' },
  disabilitySelfCare: { en: 'Difficulty with self-care', ar: 'صعوبة في العناية الذاتية' },
  disabilityCommunication: { en: 'Difficulty communicating', ar: 'صعوبة في التواصل' },
};

/** A column's header in a language: the i18n catalogue's field label, else the import's own. */
export function fieldLabel(field: RegistrationField, language: TemplateLanguage): string {
  const key = `field.${field.key}`;
  if (key in CATALOGS[language as Locale]) return t(language as Locale, key as MessageKey);
  return IMPORT_LABELS[field.key]?.[language] ?? field.key;
}

/** Every label a column has in the template's languages (headers are matched against all of them). */
export function templateLabels(field: RegistrationField): readonly string[] {
  return TEMPLATE_LANGUAGES.map((language) => fieldLabel(field, language));
}
