import { disabilityColumnOf } from '@crc/db';
import { WASHINGTON_GROUP_DOMAINS, type WashingtonGroupDomain } from '@crc/domain';
import { CATALOGS, t, vocabularyLabel, type Locale, type MessageKey } from '@crc/i18n';
import type { RegistrationField } from './registration-fields';

/** The spreadsheet languages of the template. */
export const TEMPLATE_LANGUAGES = ['en', 'ar'] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];

/** `disabilitySelfCare` -> `self_care`: the Washington Group domain a disability column answers. */
const DOMAIN_OF_COLUMN: ReadonlyMap<string, WashingtonGroupDomain> = new Map(
  WASHINGTON_GROUP_DOMAINS.map((domain) => [disabilityColumnOf(domain.code), domain.code]),
);

/**
 * A column's header in a language, from @crc/i18n: the field's label (`field.<key>`), or
 * for a Washington Group column the domain's label as the question names it.
 */
export function fieldLabel(field: RegistrationField, language: TemplateLanguage): string {
  const domain = DOMAIN_OF_COLUMN.get(field.key);
  if (domain !== undefined) return vocabularyLabel(language, 'washingtonGroupDomains', domain);
  const key = `field.${field.key}`;
  // A field without a catalogue label shows its key: visibly untranslated, never a guess.
  return key in CATALOGS[language as Locale] ? t(language, key as MessageKey) : field.key;
}

/** Every label a column has in the template's languages (headers are matched against all of them). */
export function templateLabels(field: RegistrationField): readonly string[] {
  return TEMPLATE_LANGUAGES.map((language) => fieldLabel(field, language));
}
