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
 * Valid UTF-8 decodes and encodes back to the same bytes, so the lines are
 * handled as text (V8's string search is far cheaper than a Buffer call
 * per field).
 */
export class DerivedFieldAppender {
  private tail: Buffer = Buffer.alloc(0);
  private readonly last: number;
  private readonly wanted: boolean[];
  private readonly cells: string[] = [];
  private readonly delimiter: string;

  constructor(
    private readonly deriver: FieldDeriver,
    delimiter: number,
  ) {
    this.last = Math.max(-1, ...deriver.columns);
    this.wanted = Array.from({ length: this.last + 1 }, (_, column) =>
      deriver.columns.includes(column),
    );
    this.delimiter = String.fromCharCode(delimiter);
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
    const text = this.lines(
      lines.toString('utf8'),
      false,
      lines.indexOf(CR) !== -1,
      lines.indexOf(QUOTE) !== -1,
    );
    return text === null ? null : Buffer.from(text, 'utf8');
  }

  /** The last line when the file does not end with a line break; null to decline. */
  end(): Buffer | null {
    const tail = this.tail;
    this.tail = Buffer.alloc(0);
    if (tail.length === 0) return tail;
    if (!isUtf8(tail)) return null;
    const text = this.lines(
      tail.toString('utf8'),
      true,
      tail.indexOf(CR) !== -1,
      tail.indexOf(QUOTE) !== -1,
    );
    return text === null ? null : Buffer.from(text, 'utf8');
  }

  /**
   * Whole lines (`unended`: one last line without its line feed) with the
   * values appended; null to decline. Whether the bytes hold any carriage
   * return or quote is asked of the Buffer (native); only then is each line
   * searched, within the line: V8's indexOf over the rest of a large string
   * that holds none took ~0.4 s per MB in the API process (measured).
   */
  private lines(
    text: string,
    unended: boolean,
    anyCr: boolean,
    anyQuote: boolean,
  ): string | null {
    let out = '';
    let start = 0;
    while (start < text.length) {
      const feed = unended ? text.length : text.indexOf('\n', start);
      const end =
        feed > start && text.charCodeAt(feed - 1) === CR ? feed - 1 : feed;
      if (anyCr && holds(text, CR, start, end)) return null;
      if (
        !this.split(
          text,
          start,
          end,
          anyQuote && holds(text, QUOTE, start, end),
        )
      )
        return null;
      out +=
        text.slice(start, end) + this.appended() + text.slice(end, feed + 1);
      start = feed + 1;
    }
    return out;
  }

  private appended(): string {
    let text = '';
    for (const value of this.deriver.values(this.cells))
      text += `${this.delimiter}${value === null ? '' : value === true ? 't' : value === false ? 'f' : value}`;
    return text;
  }

  /** Sets this.cells for the needed columns of one line (missing ones empty); false when a quote does not close. `quoted`: the line has a quote. */
  private split(
    text: string,
    start: number,
    end: number,
    quoted: boolean,
  ): boolean {
    const cells = this.cells;
    for (const column of this.deriver.columns) cells[column] = '';
    let at = start;
    for (let column = 0; column <= this.last && at <= end; column += 1) {
      let next: number;
      let cell: string | null = null;
      if (quoted && text.charCodeAt(at) === QUOTE) {
        const read = readQuoted(text, at, end);
        if (read === null) return false;
        cell = read.text;
        next = read.next;
      } else {
        next = text.indexOf(this.delimiter, at);
        if (next === -1 || next > end) next = end;
      }
      if (this.wanted[column]) cells[column] = cell ?? text.slice(at, next);
      at = next + 1;
    }
    return true;
  }
}

/** Whether text[start, end) holds the character `code`. */
function holds(
  text: string,
  code: number,
  start: number,
  end: number,
): boolean {
  for (let at = start; at < end; at += 1)
    if (text.charCodeAt(at) === code) return true;
  return false;
}

/** A quoted field from its opening quote: its text ("" as one quote) and where the character after its closing quote is. */
function readQuoted(
  text: string,
  open: number,
  end: number,
): { text: string; next: number } | null {
  let cell = '';
  let from = open + 1;
  for (;;) {
    const close = text.indexOf('"', from);
    if (close === -1 || close >= end) return null;
    cell += text.slice(from, close);
    if (close + 1 < end && text.charCodeAt(close + 1) === QUOTE) {
      cell += '"';
      from = close + 2;
      continue;
    }
    return { text: cell, next: close + 1 };
  }
}
