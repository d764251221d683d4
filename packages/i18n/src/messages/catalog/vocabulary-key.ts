import type { VocabularyCode, VocabularyName } from '@crc/domain';

/** The catalogue key of one vocabulary label, e.g. `vocabulary.sexes.female`. */
export type VocabularyMessageKey = {
  [N in VocabularyName]: `vocabulary.${N}.${VocabularyCode<N>}`;
}[VocabularyName];

export function vocabularyMessageKey<N extends VocabularyName>(
  name: N,
  code: VocabularyCode<N>,
): `vocabulary.${N}.${VocabularyCode<N>}` {
  return `vocabulary.${name}.${code}`;
}
