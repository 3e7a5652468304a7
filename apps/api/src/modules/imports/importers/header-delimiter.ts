import { open } from 'node:fs/promises';
import { detectDelimiter } from '../readers/delimiter';

/**
 * The separator of the file's first line, as the CSV reader detects it:
 * the COPY paths hand the file to PostgreSQL, which must split it the same
 * way.
 */
export async function headerDelimiter(path: string): Promise<',' | ';'> {
  const file = await open(path, 'r');
  try {
    const head = Buffer.alloc(64 * 1024);
    const { bytesRead } = await file.read(head, 0, head.length, 0);
    const firstLine =
      head
        .subarray(0, bytesRead)
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/, 1)[0] ?? '';
    return detectDelimiter(firstLine);
  } finally {
    await file.close();
  }
}
