import { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { detectDelimiter } from './delimiter';
import {
  ImportFileError,
  MAX_RECORD_CHARS,
  SourceRecord,
} from './source-record';
import { Utf8Validator } from './utf8-validator';

const HEADER_PROBE_BYTES = 64 * 1024;

/** Reads the stream until the first line is complete (or 64 KiB), keeping what it read. */
async function splitHead(
  input: AsyncIterable<Buffer>,
): Promise<{ head: Buffer; rest: AsyncIterator<Buffer> }> {
  const iterator = input[Symbol.asyncIterator]();
  const chunks: Buffer[] = [];
  let size = 0;
  while (size < HEADER_PROBE_BYTES) {
    const { value, done } = await iterator.next();
    if (done) break;
    chunks.push(value);
    size += value.length;
    if (value.includes(0x0a)) break;
  }
  return { head: Buffer.concat(chunks), rest: iterator };
}

async function* replay(
  head: Buffer,
  rest: AsyncIterator<Buffer>,
): AsyncGenerator<Buffer> {
  if (head.length > 0) yield head;
  for (let next = await rest.next(); !next.done; next = await rest.next())
    yield next.value;
}

/** CRLF, CR and LF each end one line. */
function lineBreaks(raw: string): number {
  return raw.match(/\r\n|\r|\n/g)?.length ?? 0;
}

/**
 * Streams the records of an RFC 4180 CSV file (UTF-8 with or without BOM,
 * `,` or `;` detected), never holding the file in memory. Ragged rows come
 * through as they are: the importer reports them with their line. A record
 * spanning lines (a quoted line break) is reported at its first line.
 */
export async function* csvRecords(
  input: Readable,
  onBytes?: (bytes: number) => void,
): AsyncGenerator<SourceRecord> {
  const validated = input.pipe(new Utf8Validator(onBytes));
  input.on('error', (error) => validated.destroy(error));
  const { head, rest } = await splitHead(validated);
  const firstLine =
    head
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/, 1)[0] ?? '';
  const source = Readable.from(replay(head, rest));
  const parser = source.pipe(
    parse({
      delimiter: detectDelimiter(firstLine),
      bom: true,
      relax_column_count: true,
      // Empty lines come through (and are skipped below) so that every line
      // is counted: csv-parse's own line count is off after a quoted line
      // break written CRLF, so lines are counted here from each record's raw text.
      skip_empty_lines: false,
      raw: true,
      max_record_size: MAX_RECORD_CHARS,
      // Counted as records are parsed (a failure may overtake records not yet consumed below):
      // where the next record starts, so a broken one is reported at its first line.
      on_record: (record: string[], context: { raw?: string }) => {
        nextRecordLine += lineBreaks(context.raw ?? '');
        return record;
      },
    }),
  );
  // pipe() does not pass errors on: a file found not to be UTF-8 after its first line (a character
  // cut off at the very end, say) would leave the parser waiting for ever, and the import with it.
  source.on('error', (error) => parser.destroy(error));
  let nextRecordLine = 1;
  let line = 1;
  try {
    for await (const { record, raw } of parser as AsyncIterable<{
      record: string[];
      raw: string;
    }>) {
      const startLine = line;
      line += lineBreaks(raw);
      if (record.length === 1 && record[0] === '') continue;
      yield { line: startLine, cells: record };
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    if (error instanceof CsvError) {
      // csv-parse's own line (`error.lines`, also in its message) is off after CRLF line
      // breaks and can point past the end of the file: the broken record's first line instead.
      const message = error.message
        .replace(/^Invalid [^:]+: /, '')
        .replace(/ at line \d+/g, '');
      throw new ImportFileError(
        `the file is not valid CSV: ${message}`,
        nextRecordLine,
      );
    }
    throw error;
  }
}
