/** An HXL hashtag with attributes, e.g. `#affected +idps +ind` -> { tag: 'affected', attributes: {idps, ind} }. */
export interface HxlHashtag {
  readonly tag: string;
  readonly attributes: ReadonlySet<string>;
  /** As written in the file, for messages. */
  readonly text: string;
}

const HASHTAG = /^#([a-z][a-z0-9_]*)((?:\s*\+\s*[a-z][a-z0-9_]*)*)\s*$/i;

/** Parses one HXL tagspec; attribute order and case do not matter. Undefined when the cell is not a hashtag. */
export function parseHxlHashtag(text: string): HxlHashtag | undefined {
  const match = HASHTAG.exec(text.trim());
  if (!match?.[1]) return undefined;
  const attributes = (match[2] ?? '')
    .split('+')
    .map((attribute) => attribute.trim().toLowerCase())
    .filter((attribute) => attribute !== '');
  return { tag: match[1].toLowerCase(), attributes: new Set(attributes), text: text.trim() };
}

/** An HXL hashtag row: at least one cell, and every non-empty cell a hashtag. */
export function isHxlRow(cells: readonly string[]): boolean {
  const filled = cells.map((cell) => cell.trim()).filter((cell) => cell !== '');
  return filled.length > 0 && filled.every((cell) => parseHxlHashtag(cell) !== undefined);
}
