/** Text that is not valid CSV, with the line where reading stopped (1-based). */
export class CsvSyntaxError extends Error {
  override readonly name = 'CsvSyntaxError';
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

// Where the reader is: before a field, inside an unquoted or a quoted one, or just after a quote inside a quoted one.
const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
const QUOTE_IN_QUOTED = 3;
type State = typeof FIELD_START | typeof UNQUOTED | typeof QUOTED | typeof QUOTE_IN_QUOTED;

/**
 * Splits CSV text into records as it arrives, chunk by chunk (RFC 4180): fields separated
 * by `delimiter`; records by LF, CRLF or CR; a field in double quotes may hold
 * delimiters, line breaks and doubled quotes. Records may differ in length, and an empty
 * line is a record of one empty field (so record numbers match the file's lines). A quote
 * inside an unquoted field, text after a closing quote, and a quote never closed are
 * CsvSyntaxErrors. Written for the importer's speed (issue 13): csv-parse took about
 * 6 us of the importer's ~25 us per row; this scans each chunk once and slices fields
 * out of it.
 */
export class CsvRecordReader {
  private readonly delimiter: number;
  private state: State = FIELD_START;
  private record: string[] = [];
  /** The current field's text from earlier chunks (or, quoted, up to its last doubled quote). */
  private field = '';
  private line = 1;
  private recordLine = 1;
  /** The previous character was a CR that ended a record: an LF right after it belongs to the same line break. */
  private afterCr = false;

  constructor(delimiter: string) {
    if (delimiter.length !== 1) throw new Error(`a CSV delimiter is one character, not ${JSON.stringify(delimiter)}`);
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** The records completed by `chunk`. */
  push(chunk: string): string[][] {
    const records: string[][] = [];
    const delimiter = this.delimiter;
    let start = 0;
    for (let index = 0; index < chunk.length; index += 1) {
      const code = chunk.charCodeAt(index);
      if (this.afterCr) {
        this.afterCr = false;
        if (code === LF) {
          start = index + 1;
          continue;
        }
      }
      if (this.state === FIELD_START) {
        if (code === QUOTE) {
          this.state = QUOTED;
          start = index + 1;
          continue;
        }
        // This character is the first of an unquoted field.
        this.state = UNQUOTED;
        start = index;
      }
      switch (this.state) {
        case UNQUOTED:
          if (code === delimiter) {
            this.endField(chunk.slice(start, index));
          } else if (code === LF || code === CR) {
            this.endField(chunk.slice(start, index));
            records.push(this.endRecord(code));
          } else if (code === QUOTE) {
            throw new CsvSyntaxError(
              `a quote inside an unquoted field (field ${this.record.length + 1}); quote the whole field and double its quotes`,
              this.line,
            );
          }
          break;
        case QUOTED:
          if (code === QUOTE) {
            this.field += chunk.slice(start, index);
            this.state = QUOTE_IN_QUOTED;
          } else if (code === LF || (code === CR && chunk.charCodeAt(index + 1) !== LF)) {
            this.line += 1;
          }
          break;
        case QUOTE_IN_QUOTED:
          if (code === QUOTE) {
            // A doubled quote: one quote of the text; the field goes on.
            this.field += '"';
            this.state = QUOTED;
            start = index + 1;
          } else if (code === delimiter) {
            this.endField('');
          } else if (code === LF || code === CR) {
            this.endField('');
            records.push(this.endRecord(code));
          } else {
            throw new CsvSyntaxError(
              `text after the closing quote of field ${this.record.length + 1}; a quote inside a quoted field is written twice`,
              this.line,
            );
          }
          break;
      }
    }
    if (this.state === UNQUOTED || this.state === QUOTED) this.field += chunk.slice(start);
    return records;
  }

  /** The last record, when the text does not end with a line break; throws when a quoted field is still open. */
  end(): string[][] {
    if (this.state === QUOTED)
      throw new CsvSyntaxError(`a quote opened on line ${this.recordLine} is never closed`, this.line);
    if (this.state === FIELD_START && this.record.length === 0) return [];
    // After a delimiter (FieldStart with fields read) the last field is empty.
    this.endField('');
    return [this.endRecord(undefined)];
  }

  private endField(rest: string): void {
    this.record.push(this.field + rest);
    this.field = '';
    this.state = FIELD_START;
  }

  private endRecord(lineBreak: number | undefined): string[] {
    const record = this.record;
    this.record = [];
    if (lineBreak !== undefined) {
      this.line += 1;
      this.afterCr = lineBreak === CR;
    }
    this.recordLine = this.line;
    return record;
  }
}
