import { Transform, TransformCallback } from 'node:stream';
import { ImportFileError } from './source-record';

/**
 * Passes bytes through unchanged, failing on the first byte sequence that is
 * not UTF-8 (a Latin-1 or UTF-16 export, say) instead of letting it become
 * U+FFFD in the data. Also counts bytes for the job's progress.
 */
export class Utf8Validator extends Transform {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private offset = 0;

  constructor(private readonly onBytes: (bytesSoFar: number) => void = () => undefined) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    try {
      this.decoder.decode(chunk, { stream: true });
    } catch {
      callback(new ImportFileError(`the file is not UTF-8 text (an invalid byte near byte ${this.offset + 1}); save it as CSV UTF-8`));
      return;
    }
    this.offset += chunk.length;
    this.onBytes(this.offset);
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    try {
      this.decoder.decode();
      callback();
    } catch {
      callback(new ImportFileError('the file ends in the middle of a UTF-8 character'));
    }
  }
}
