import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CsvRecordReader, CsvSyntaxError } from './csv-records';

/** Every record of `text` read in chunks of `size` characters. */
function records(text: string, delimiter: string, size: number): string[][] {
  const reader = new CsvRecordReader(delimiter);
  const all: string[][] = [];
  for (let start = 0; start < text.length; start += size) all.push(...reader.push(text.slice(start, start + size)));
  all.push(...reader.end());
  return all;
}

/** csv-parse with the options the importer used before: the reference. */
const csvParse = (text: string, delimiter: string): string[][] =>
  parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false });

const VALID = [
  'a,b,c\n1,2,3\n',
  'a,b,c\r\n1,2,3\r\n',
  'a,b\r1,2\r',
  'a,b,c\n1,2,3',
  'a,b\n\n1,2\n',
  'a,b,\n1,,3\n,,\n',
  'name,count\n"Al-Zuhur\nnorth",5\n"say ""hi""",6\n"a,b",7\n',
  'x\n""\n"",""\n',
  '"quoted at end"',
  'a;b;c\n1;"2;3";4\n',
  'a\tb\n1\t"2\t3"\n',
  'Sub-district,District\nIQG15Q05,"الموصل"\n,"Al-Hamdaniya"\n',
  'one\r\n"two\r\nlines",x\r\n',
];

describe('CsvRecordReader', () => {
  it('reads what csv-parse reads, however the text is cut into chunks', () => {
    for (const text of VALID) {
      const delimiter = text.includes(';') ? ';' : text.includes('\t') ? '\t' : ',';
      const expected = csvParse(text, delimiter);
      for (const size of [1, 2, 3, 5, 7, 1000])
        expect(records(text, delimiter, size), `${JSON.stringify(text)} in chunks of ${size}`).toEqual(expected);
    }
  });

  it('refuses what csv-parse refuses, naming the line', () => {
    const invalid: [string, RegExp, number][] = [
      ['a,b\n"never closed,1\n', /never closed/, 3],
      ['a,b\nab"c,1\n', /quote inside an unquoted field/, 2],
      ['a,b\n"ab"c,1\n', /after the closing quote/, 2],
    ];
    for (const [text, message, line] of invalid) {
      expect(() => csvParse(text, ','), text).toThrow();
      for (const size of [1, 4, 1000]) {
        let caught: unknown;
        try {
          records(text, ',', size);
        } catch (error) {
          caught = error;
        }
        expect(caught, text).toBeInstanceOf(CsvSyntaxError);
        expect((caught as CsvSyntaxError).message).toMatch(message);
        expect((caught as CsvSyntaxError).line, text).toBe(line);
      }
    }
  });
});
