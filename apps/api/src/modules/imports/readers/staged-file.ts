import { createReadStream } from 'node:fs';
import { access, FileHandle, open, stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { ImportCancelledError, importRuns } from '../import-run';
import { ImportFileError } from './source-record';

// How often a reader that has caught up with an upload looks for more bytes.
const POLL_MS = 5;
// An upload that has written nothing for this long has stopped (its API process died): the import fails.
export const UPLOAD_STALLED_MS = 2 * 60 * 1000;

/** The name an upload is written under until it is complete (ImportStorage renames it). */
export const partOf = (path: string) => `${path}.part`;

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const isMissing = (error: unknown) =>
  (error as { code?: string })?.code === 'ENOENT';

/** Whether the upload of a staged file is complete, still being written, or gone (it failed). */
export async function uploadState(
  path: string,
): Promise<'complete' | 'writing' | 'gone'> {
  if (await exists(path)) return 'complete';
  if (await exists(partOf(path))) return 'writing';
  // Renamed between the two looks.
  return (await exists(path)) ? 'complete' : 'gone';
}

/**
 * Waits until the upload of a staged file has ended, complete or not, so
 * that the file the worker removes is not renamed into place after it (an
 * import that failed before its upload ended). An upload that has written
 * nothing for UPLOAD_STALLED_MS is not waited for (the API process died).
 */
export async function uploadEnded(path: string): Promise<void> {
  while ((await uploadState(path)) === 'writing') {
    const written = await stat(partOf(path)).then(
      (s) => s.mtimeMs,
      () => 0,
    );
    if (Date.now() - written > UPLOAD_STALLED_MS) return;
    await sleep(50);
  }
}

async function openEither(
  path: string,
): Promise<{ handle: FileHandle; growing: boolean }> {
  try {
    return { handle: await open(path, 'r'), growing: false };
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
  try {
    return { handle: await open(partOf(path), 'r'), growing: true };
  } catch (error) {
    if (!isMissing(error)) throw error;
    // Renamed since the first try; otherwise missing for good (the caller's ENOENT).
    return { handle: await open(path, 'r'), growing: false };
  }
}

/**
 * The bytes of a staged file in order, from its start — following its
 * upload while it is still being written (a large request import starts
 * before its upload ends, see ImportsService.enqueue): at the end of what
 * is written so far the reader waits for more, until the upload is renamed
 * complete (then it reads to the end), removed (the upload failed: the
 * import fails) or stalled.
 */
export async function* stagedChunks(
  path: string,
  chunkSize: number,
): AsyncGenerator<Buffer> {
  const { handle, growing } = await openEither(path);
  try {
    let position = 0;
    let complete = !growing;
    let lastGrowth = Date.now();
    for (;;) {
      const buffer = Buffer.allocUnsafe(chunkSize);
      const { bytesRead } = await handle.read(buffer, 0, chunkSize, position);
      if (bytesRead > 0) {
        position += bytesRead;
        lastGrowth = Date.now();
        yield buffer.subarray(0, bytesRead);
        continue;
      }
      if (complete) return;
      const state = await uploadState(path);
      // Every byte was written before the rename: read on to the end.
      if (state === 'complete') complete = true;
      else if (state === 'gone')
        throw new ImportFileError('the upload stopped before the file ended');
      else if (Date.now() - lastGrowth > UPLOAD_STALLED_MS)
        throw new ImportFileError(
          'the upload stopped sending data before the file ended',
        );
      else {
        // A cancelled import stops here rather than once its upload has ended.
        const run = importRuns.getStore();
        if (run?.cancelled) throw new ImportCancelledError(run.jobId);
        await sleep(POLL_MS);
      }
    }
  } finally {
    await handle.close();
  }
}

/** A staged file as a stream: read as any file once complete, or following its upload (stagedChunks). */
export async function openStaged(
  path: string,
  highWaterMark: number,
): Promise<Readable> {
  if (await exists(path)) return createReadStream(path, { highWaterMark });
  return Readable.from(stagedChunks(path, highWaterMark), {
    objectMode: false,
  });
}

/** The first `bytes` bytes of a staged file (fewer if it is shorter), waiting for its upload if need be. */
export async function stagedHead(path: string, bytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stagedChunks(path, bytes)) {
    chunks.push(chunk);
    size += chunk.length;
    if (size >= bytes) break;
  }
  return Buffer.concat(chunks).subarray(0, bytes);
}
