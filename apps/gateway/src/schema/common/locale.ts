import type { Locale } from '@crc/i18n';
import { builder } from '../../builder';

export const LocaleEnum = builder.enumType('Locale', {
  description: 'A language the platform speaks. Requests choose one with `Accept-Language` or a `locale` argument.',
  values: {
    EN: { value: 'en', description: 'English' },
    AR: { value: 'ar', description: 'Arabic, with Iraqi conventions (ar-IQ)' },
    CKB: { value: 'ckb', description: 'Sorani Kurdish (ckb-IQ)' },
  } as const,
});

/** The locale a field answers in: its argument when given, else the request's. */
export function localeFor(argument: Locale | null | undefined, requestLocale: Locale): Locale {
  return argument ?? requestLocale;
}

/** The optional `locale` argument of every localized field: `args: { locale: t.arg(localeArg) }`. */
export const localeArg = {
  type: LocaleEnum,
  required: false,
  description: 'Overrides the request’s language.',
} as const;
