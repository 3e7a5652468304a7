import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ApiClient } from './api-client';

/** Where the skipped rows go: `--skipped-rows FILE`, else `<name>.skipped.csv` next to the input. */
export function skippedRowsPath(inputFile: string, chosen?: string): string {
  if (chosen) return chosen;
  const name = basename(inputFile, extname(inputFile));
  return join(dirname(inputFile), `${name}.skipped.csv`);
}

/** Downloads the job's skipped-rows CSV (GET skippedRowsUrl) to `path`, written whole or not at all. */
export async function downloadSkippedRows(
  client: ApiClient,
  url: string,
  path: string,
): Promise<void> {
  const body = await client.download(url);
  const partial = `${path}.part`;
  try {
    await pipeline(
      Readable.fromWeb(body as import('node:stream/web').ReadableStream),
      createWriteStream(partial),
    );
    await rename(partial, path);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}
