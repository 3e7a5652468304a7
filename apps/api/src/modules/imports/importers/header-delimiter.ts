import { detectDelimiter } from '../readers/delimiter';
import { stagedHead } from '../readers/staged-file';

/**
 * The separator of the file's first line, as the CSV reader detects it:
 * the COPY paths hand the file to PostgreSQL, which must split it the same
 * way.
 */
export async function headerDelimiter(path: string): Promise<',' | ';'> {
  const head = await stagedHead(path, 64 * 1024);
  const firstLine =
    head
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/, 1)[0] ?? '';
  return detectDelimiter(firstLine);
}
