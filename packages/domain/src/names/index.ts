// How names are compared, in every script: the one Arabic-script folding, the key a
// person's name is stored and searched under, and the one edit distance.
export { normaliseArabicScript, toAsciiDigits } from './normalise-arabic-script';
export { nameKey } from './name-key';
export { editDistance, editSimilarity } from './edit-distance';
