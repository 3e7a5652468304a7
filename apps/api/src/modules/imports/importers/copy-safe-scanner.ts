const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const BACKSLASH = 0x5c;
const DOT = 0x2e;

/**
 * Decides whether a CSV file can go to PostgreSQL's COPY as it is and come
 * out exactly as the JavaScript reader (csv-parse) would read it, with each
 * record on its own line (so a record's number is its line number). It
 * says no to anything where the two could differ:
 * - a line break inside quotes (a record over two lines);
 * - a quote that does not open a field or is not followed by a separator or
 *   line end (csv-parse refuses it; COPY would read it);
 * - a line that is `\.` (COPY's end-of-data marker).
 * Feed it the file's bytes in order; `eligible` turns false for good.
 */
export class CopySafeScanner {
  private inQuote = false;
  private fieldStart = true;
  private lineStart = true;
  // A quote inside quotes whose meaning depends on the next byte.
  private pendingQuote = false;
  // `\` at a line start, waiting for a `.`.
  private pendingBackslash = false;
  private ok = true;
  lines = 0;

  constructor(
    private readonly delimiter: number,
    /** Skip chunks without quotes or backslashes natively (off: byte by byte, the reference its test compares with). */
    private readonly skipPlainChunks = true,
  ) {}

  get eligible(): boolean {
    return this.ok;
  }

  write(chunk: Buffer): void {
    if (!this.ok || chunk.length === 0) return;
    // Most chunks of most files hold no quote and no backslash: then only
    // the line breaks matter, found natively (indexOf) rather than byte by byte.
    if (
      this.skipPlainChunks &&
      !this.inQuote &&
      !this.pendingQuote &&
      !this.pendingBackslash &&
      chunk.indexOf(QUOTE) === -1 &&
      chunk.indexOf(BACKSLASH) === -1
    ) {
      for (
        let at = chunk.indexOf(LF);
        at !== -1;
        at = chunk.indexOf(LF, at + 1)
      )
        this.lines += 1;
      const last = chunk[chunk.length - 1];
      this.lineStart = last === LF || last === CR;
      this.fieldStart = this.lineStart || last === this.delimiter;
      return;
    }
    for (let at = 0; at < chunk.length; at += 1) {
      const byte = chunk[at];
      if (byte === LF) this.lines += 1;
      if (!this.step(byte)) {
        this.ok = false;
        return;
      }
    }
  }

  /** Call after the last byte. */
  end(): boolean {
    if (this.inQuote && !this.pendingQuote) this.ok = false;
    this.inQuote = false;
    return this.ok;
  }

  private step(byte: number): boolean {
    if (this.pendingBackslash) {
      this.pendingBackslash = false;
      if (byte === DOT) return false;
    }
    if (this.pendingQuote) {
      this.pendingQuote = false;
      if (byte === QUOTE) return true; // "" inside quotes: one quote
      this.inQuote = false;
      if (byte !== this.delimiter && byte !== LF && byte !== CR) return false;
    }
    if (this.inQuote) {
      if (byte === QUOTE) this.pendingQuote = true;
      return byte !== LF && byte !== CR;
    }
    if (byte === QUOTE) {
      if (!this.fieldStart) return false;
      this.inQuote = true;
      this.fieldStart = false;
      this.lineStart = false;
      return true;
    }
    if (byte === LF || byte === CR) {
      this.fieldStart = true;
      this.lineStart = true;
      return true;
    }
    if (this.lineStart && byte === BACKSLASH) this.pendingBackslash = true;
    this.lineStart = false;
    this.fieldStart = byte === this.delimiter;
    return true;
  }
}
