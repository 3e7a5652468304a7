import { Transform, TransformCallback } from 'node:stream';
import { ImportFileError } from './source-record';
import { countLineBreaks, firstInvalidUtf8 } from './utf8-position';

/**
 * Passes bytes through unchanged, failing on the first byte sequence that is
 * not UTF-8 (a Latin-1 or UTF-16 export, say) instead of letting it become
 * U+FFFD in the data — naming the byte and the line it is on. Also counts
 * bytes for the job's progress.
 */
export class Utf8Validator extends Transform {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private offset = 0;
  /** Line breaks passed so far, and whether the last chunk ended in CR (half a CRLF). */
  private lineBreaks = 0;
  private afterCR = false;
  /** The last bytes of the previous chunk: a character may have started there. */
  private tail = new Uint8Array();

  constructor(
    private readonly onBytes: (bytesSoFar: number) => void = () => undefined,
  ) {
    super();
  }

  override _transform(
    chunk: Buffer,
    _encoding: BufferEncoding,
    callback: TransformCallback,
  ): void {
    try {
      this.decoder.decode(chunk, { stream: true });
    } catch {
      callback(this.invalidIn(chunk));
      return;
    }
    this.offset += chunk.length;
    const counted = countLineBreaks(chunk, this.afterCR);
    this.lineBreaks += counted.breaks;
    this.afterCR = counted.endsInCR;
    this.tail = Uint8Array.from(chunk.subarray(Math.max(0, chunk.length - 3)));
    this.onBytes(this.offset);
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    try {
      this.decoder.decode();
      callback();
    } catch {
      callback(
        new ImportFileError(
          'the file ends in the middle of a UTF-8 character',
          this.lineBreaks + 1,
        ),
      );
    }
  }

  /** The error for a chunk the decoder refused: the 1-based byte and line of the first invalid sequence. */
  private invalidIn(chunk: Buffer): ImportFileError {
    // Start where the character that may span the boundary began (not on a continuation byte).
    let carried = this.tail.length;
    while (
      carried > 0 &&
      (this.tail[this.tail.length - carried] & 0xc0) === 0x80
    )
      carried -= 1;
    const joined = Buffer.concat([
      this.tail.subarray(this.tail.length - carried),
      chunk,
    ]);
    const found = firstInvalidUtf8(joined);
    // The decoder is the judge; should this scan disagree, the chunk's start is still near.
    const start = found === null ? carried : found;
    const inChunk = Math.max(0, start - carried);
    const line =
      this.lineBreaks +
      countLineBreaks(chunk.subarray(0, inChunk), this.afterCR).breaks +
      1;
    return new ImportFileError(
      `the file is not UTF-8 text (an invalid byte at byte ${this.offset - carried + start + 1}); save it as CSV UTF-8`,
      line,
    );
  }
}
