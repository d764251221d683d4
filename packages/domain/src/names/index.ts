// How names are compared, in every script: the one Arabic-script folding, the key a
// person's name is stored and searched under, the one edit distance, and how alike two
// names are (resolution, search and duplicate detection all use these).
export { normaliseArabicScript, toAsciiDigits } from './normalise-arabic-script';
export { nameKey } from './name-key';
export { nameSoundKey } from './name-sound-key';
export { editDistance, editSimilarity } from './edit-distance';
export { nameSimilarity } from './name-similarity';
