import type { VocabularyCode, VocabularyName } from '@crc/domain';
import { type Locale, vocabularyLabel } from '@crc/i18n';
import type { GatewayContext } from '../../context';

/**
 * A vocabulary code's label in the field's `locale` argument, else in the request's
 * language (through the request's translator).
 */
export function labelIn<N extends VocabularyName>(
  context: GatewayContext,
  locale: Locale | null | undefined,
  vocabulary: N,
  code: VocabularyCode<N> | (string & {}),
): string {
  if (locale == null || locale === context.locale) return context.i18n.vocabularyLabel(vocabulary, code);
  return vocabularyLabel(locale, vocabulary, code);
}
