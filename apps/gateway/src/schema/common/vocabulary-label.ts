import type { VocabularyCode, VocabularyName } from '@crc/domain';
import { type Locale, vocabularyLabel } from '@crc/i18n';
import type { GatewayContext } from '../../context';

/**
 * A vocabulary code's label in the field's `locale` argument when given, else in the
 * request's language, with the request's digit choice either way. Unknown codes come
 * back as the code itself, visibly untranslated.
 */
export function vocabularyLabelIn<N extends VocabularyName>(
  context: GatewayContext,
  locale: Locale | null | undefined,
  vocabulary: N,
  code: VocabularyCode<N> | (string & {}),
): string {
  if (locale == null || locale === context.locale) return context.i18n.vocabularyLabel(vocabulary, code);
  return vocabularyLabel(locale, vocabulary, code, { digits: context.i18n.digits });
}
