import { isUtf8 } from 'node:buffer';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** Values computed from some cells of a record, appended to it as more fields. */
export type FieldDeriver = {
  /** The 0-based columns whose cells the values need. */
  readonly columns: readonly number[];
  /** The values, from the record's cells (indexed by column; only `columns` are set). */
  values(cells: readonly string[]): (string | boolean | null)[];
  /** The same values as CSV fields, each after `delimiter`, if the deriver writes them itself (cheaper). */
  fields?(cells: readonly string[], delimiter: string): string;
};

/**
 * Rewrites a CSV file's bytes on their way to COPY: each line gets the
 * derived values as more fields before its line end (`t`/`f`, an empty
 * field for NULL, which COPY's CSV reading takes as NULL), everything else
 * as it was — PostgreSQL still parses the CSV, at COPY speed, and Node
 * reads only the cells the values need. For files the CopySafeScanner
 * vouches for (each record on one line); anything it cannot split for
 * sure (bytes that are not UTF-8, a carriage return that does not end a
 * line, a quote that does not close on its line) makes write() return
 * null: the caller then reads the file with the JavaScript reader instead.
 * The lines are split as bytes (the delimiter, quotes and line ends are
 * ASCII, never part of a UTF-8 sequence), in one JavaScript loop over each
 * line's bytes; only the needed cells are decoded, and the lines are copied
 * to the output as bytes between the appended values: decoding whole
 * chunks to text and encoding them back cost most of the API's CPU in an
 * event log's raw load (the ServiceNow log: 1.4 s of 48 MB, measured).
 */
export class DerivedFieldAppender {
  private tail: Buffer = Buffer.alloc(0);
  private readonly last: number;
  private readonly wanted: boolean[];
  private readonly cells: string[] = [];
  private readonly delimiter: string;

  constructor(
    private readonly deriver: FieldDeriver,
    private readonly delimiterByte: number,
  ) {
    this.last = Math.max(-1, ...deriver.columns);
    this.wanted = Array.from({ length: this.last + 1 }, (_, column) =>
      deriver.columns.includes(column),
    );
    this.delimiter = String.fromCharCode(delimiterByte);
  }

  /** The rewritten complete lines of the bytes so far (a line's end may come with a later chunk); null to decline. */
  write(chunk: Buffer): Buffer | null {
    const bytes =
      this.tail.length > 0 ? Buffer.concat([this.tail, chunk]) : chunk;
    const complete = bytes.lastIndexOf(LF) + 1;
    this.tail = Buffer.from(bytes.subarray(complete));
    if (complete === 0) return Buffer.alloc(0);
    const lines = bytes.subarray(0, complete);
    if (!isUtf8(lines)) return null;
    return this.lines(lines, false);
  }

  /** The last line when the file does not end with a line break; null to decline. */
  end(): Buffer | null {
    const tail = this.tail;
    this.tail = Buffer.alloc(0);
    if (tail.length === 0) return tail;
    if (!isUtf8(tail)) return null;
    return this.lines(tail, true);
  }

  /**
   * Whole lines (`unended`: one last line without its line feed) with the
   * values appended; null to decline. Whether the bytes hold any carriage
   * return or quote is asked of the Buffer once (native); only then is each
   * line searched for one.
   */
  private lines(bytes: Buffer, unended: boolean): Buffer | null {
    const anyCr = bytes.indexOf(CR) !== -1;
    const anyQuote = bytes.indexOf(QUOTE) !== -1;
    // Per line: its start, where its line end starts, where the next line starts.
    const bounds: number[] = [];
    let appended = '';
    let start = 0;
    while (start < bytes.length) {
      const feed = unended ? bytes.length : bytes.indexOf(LF, start);
      const end = feed > start && bytes[feed - 1] === CR ? feed - 1 : feed;
      if (anyCr && holds(bytes, CR, start, end)) return null;
      const quoted = anyQuote && holds(bytes, QUOTE, start, end);
      if (!this.split(bytes, start, end, quoted)) return null;
      const values = this.appended();
      appended += values;
      const next = unended ? feed : feed + 1;
      bounds.push(start, end, next, values.length);
      start = next;
    }
    return interleave(bytes, bounds, appended);
  }

  private appended(): string {
    if (this.deriver.fields)
      return this.deriver.fields(this.cells, this.delimiter);
    let text = '';
    for (const value of this.deriver.values(this.cells))
      text += `${this.delimiter}${value === null ? '' : value === true ? 't' : value === false ? 'f' : value}`;
    return text;
  }

  /** Sets this.cells for the needed columns of one line (missing ones empty); false when a quote does not close. `quoted`: the line has a quote. */
  private split(
    bytes: Buffer,
    start: number,
    end: number,
    quoted: boolean,
  ): boolean {
    const cells = this.cells;
    const delimiter = this.delimiterByte;
    for (const column of this.deriver.columns) cells[column] = '';
    let at = start;
    for (let column = 0; column <= this.last && at <= end; column += 1) {
      let next: number;
      if (quoted && at < end && bytes[at] === QUOTE) {
        const close = closingQuote(bytes, at, end);
        if (close === -1) return false;
        if (this.wanted[column])
          cells[column] = bytes
            .toString('utf8', at + 1, close)
            .replaceAll('""', '"');
        next = close + 1;
      } else {
        next = at;
        while (next < end && bytes[next] !== delimiter) next += 1;
        if (this.wanted[column])
          cells[column] = bytes.toString('utf8', at, next);
      }
      at = next + 1;
    }
    return true;
  }
}

/** The output: each line's bytes up to its line end, its appended values, its line end. */
function interleave(
  bytes: Buffer,
  bounds: readonly number[],
  appended: string,
): Buffer {
  const values = Buffer.from(appended, 'utf8');
  // The derived values are ASCII (timestamps, t/f) but need not be: then measured line by line.
  const ascii = values.length === appended.length;
  const out = Buffer.allocUnsafe(bytes.length + values.length);
  let at = 0;
  let from = 0;
  let text = 0;
  for (let i = 0; i < bounds.length; i += 4) {
    const start = bounds[i];
    const end = bounds[i + 1];
    const next = bounds[i + 2];
    const chars = bounds[i + 3];
    const size = ascii
      ? chars
      : Buffer.byteLength(appended.slice(text, text + chars), 'utf8');
    at += bytes.copy(out, at, start, end);
    at += values.copy(out, at, from, from + size);
    at += bytes.copy(out, at, end, next);
    from += size;
    text += chars;
  }
  return out.subarray(0, at);
}

/** Whether bytes[start, end) hold the byte `code`. */
function holds(
  bytes: Buffer,
  code: number,
  start: number,
  end: number,
): boolean {
  for (let at = start; at < end; at += 1) if (bytes[at] === code) return true;
  return false;
}

/** The closing quote of a quoted field from its opening quote (`""` inside is one quote), before `end`; -1 when it does not close. */
function closingQuote(bytes: Buffer, open: number, end: number): number {
  let at = open + 1;
  while (at < end) {
    if (bytes[at] === QUOTE) {
      if (at + 1 < end && bytes[at + 1] === QUOTE) at += 2;
      else return at;
    } else at += 1;
  }
  return -1;
}
