/** Encodings a master list may be read in (`--encoding`); files with a UTF-8 or UTF-16 BOM are read in the BOM's encoding. */
export const MASTER_LIST_ENCODINGS = ['utf-8', 'windows-1256', 'utf-16le', 'utf-16be'] as const;
export type MasterListEncoding = (typeof MASTER_LIST_ENCODINGS)[number];

/** The encoding a byte-order mark announces, and its length; undefined without one. */
export function encodingOfBom(head: Uint8Array): { encoding: MasterListEncoding; length: number } | undefined {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** The likeliest delimiter of a CSV from its first line: comma, semicolon (European Excel) or tab, whichever occurs most outside quotes. */
export function delimiterOf(firstLine: string): ',' | ';' | '\t' {
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  const count = (character: string) => unquoted.split(character).length - 1;
  const candidates = [',', ';', '\t'] as const;
  return candidates.reduce((best, candidate) => (count(candidate) > count(best) ? candidate : best), ',');
}
