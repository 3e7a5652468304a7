import type { Readable, Writable } from 'node:stream';
import { CopySafeScanner } from './copy-safe-scanner';

/**
 * Streams a file into a running COPY, scanning every chunk first: stops and
 * cancels the COPY (CopyFail) as soon as the scanner says no. 'failed' is
 * PostgreSQL refusing the data (a ragged row, an invalid byte): the
 * transaction then needs a rollback to its savepoint, as after 'declined'.
 */
export async function streamToCopy({
  input,
  copy,
  scanner,
  rewrite,
  onBytes,
  onRows,
}: {
  input: Readable;
  copy: Writable;
  scanner: CopySafeScanner;
  /** Rewrites the bytes COPY gets (derived-field-appender.ts); null from it declines like the scanner. */
  rewrite?: { write(chunk: Buffer): Buffer | null; end(): Buffer | null };
  onBytes: (bytes: number) => void;
  onRows: () => void;
}): Promise<'copied' | 'declined' | 'failed'> {
  let failed = false;
  const closed = new Promise<void>((resolve) => {
    copy.on('error', () => {
      failed = true;
      resolve();
    });
    copy.once('finish', () => resolve());
    copy.once('close', () => resolve());
  });
  const drained = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        copy.off('drain', done);
        copy.off('error', done);
        resolve();
      };
      copy.on('drain', done);
      copy.on('error', done);
    });
  let bytes = 0;
  let declined = false;
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      if (failed) break;
      scanner.write(chunk);
      if (!scanner.eligible) break;
      const out = rewrite ? rewrite.write(chunk) : chunk;
      if (out === null) {
        declined = true;
        break;
      }
      bytes += chunk.length;
      onBytes(bytes);
      onRows();
      if (!copy.write(out)) await drained();
    }
  } catch (error) {
    // The file could not be read (its upload failed, see staged-file.ts): the COPY is
    // cancelled first, so that the connection can roll back.
    copy.destroy(error as Error);
    await closed;
    throw error;
  } finally {
    input.destroy();
  }
  if (failed) return 'failed';
  const scanned = !declined && scanner.end();
  const last = rewrite && scanned ? rewrite.end() : Buffer.alloc(0);
  if (last !== null && last.length > 0 && !copy.write(last)) await drained();
  if (!scanned || last === null) {
    copy.destroy(new Error('declined: the file needs the JavaScript reader'));
    await closed;
    return 'declined';
  }
  copy.end();
  await closed;
  return failed ? 'failed' : 'copied';
}
