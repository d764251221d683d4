import type { VocabularyName } from '@crc/domain';
import { vocabularyLabel, type Locale } from '@crc/i18n';
import type { GatewayContext } from '../../context';

/**
 * The label of a vocabulary code, in the field's `locale` argument when given, else in
 * the request's language (with the request's digit choice). Unknown codes come back as
 * the code itself, visibly untranslated.
 */
export function localizedLabel(
  context: GatewayContext,
  locale: Locale | null | undefined,
  vocabulary: VocabularyName,
  code: string,
): string {
  return locale ? vocabularyLabel(locale, vocabulary, code, { digits: context.i18n.digits }) : context.i18n.vocabularyLabel(vocabulary, code);
}
