// The repository's existing style: single quotes, semicolons, trailing commas, 2 spaces,
// lines up to 120 characters; Markdown prose keeps its line breaks.
/** @type {import('prettier').Config} */
export default {
  printWidth: 120,
  singleQuote: true,
  trailingComma: 'all',
  arrowParens: 'always',
  overrides: [{ files: '*.md', options: { proseWrap: 'preserve' } }],
};
