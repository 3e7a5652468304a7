import { once } from 'node:events';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import {
  ImportError,
  isBlankRecord,
  recordWidthError,
} from '@esm-planner/domain-imports';
import { SourceRecord } from '../../readers/source-record';
import { openStaged } from '../../readers/staged-file';
import { CopySafeScanner } from '../copy-safe-scanner';
import { copyLine, copyValue } from '../copy-text';
import { streamToCopy } from '../stream-to-copy';
import { DerivedFieldAppender, FieldDeriver } from './derived-field-appender';

const COPY_CHUNK_CHARS = 256 * 1024;

export const rawCells = (width: number) =>
  Array.from({ length: width }, (_, index) => `c${index + 1}`);

/** Typed columns computed in Node from each record's cells (streamed-timestamps.ts), after c1…cN. */
export type DerivedColumns = FieldDeriver & { definitions: string[] };

/**
 * Creates `table` (line, c1…cN text) and fills it with the file's data rows,
 * one row per record, `line` its line in the file. The file's bytes go
 * straight to COPY when the scanner vouches that COPY reads it as the
 * JavaScript reader would; if COPY still refuses it (a ragged row), or the
 * scanner does not vouch for it, the rows come from the JavaScript reader
 * instead (any CSV it reads), ragged ones returned as problems. `derived`
 * columns are computed in Node on the way, on either path (one streaming
 * pass): appended to each line of the bytes (derived-field-appender.ts), or
 * to each record of the JavaScript reader.
 */
export async function loadRawTable({
  client,
  table,
  unlogged,
  filePath,
  delimiter,
  header,
  records,
  derived,
  onBytes,
  onRows,
}: {
  client: PoolClient;
  table: string;
  unlogged: boolean;
  filePath: string;
  delimiter: string;
  header: readonly string[];
  /** The file's records after the header, from the JavaScript reader (used only when COPY cannot take the bytes). */
  records: () => AsyncIterator<SourceRecord>;
  derived?: DerivedColumns;
  onBytes: (bytes: number) => void;
  onRows: (rows: number) => void;
}): Promise<{ path: 'COPY' | 'JAVASCRIPT'; ragged: ImportError[] }> {
  const cells = rawCells(header.length);
  const create = `CREATE ${unlogged ? 'UNLOGGED' : 'TEMP'} TABLE ${table}`;
  const columns = [
    ...cells.map((c) => `${c} text`),
    ...(derived?.definitions ?? []),
  ];
  const names = columns.map((c) => c.split(' ')[0]);
  await client.query('SAVEPOINT mapped_raw_copy');
  await client.query(
    `${create} (line integer GENERATED ALWAYS AS IDENTITY (START WITH 2), ${columns.join(', ')})`,
  );
  const scanner = new CopySafeScanner(delimiter.charCodeAt(0));
  const rewrite = derived
    ? new DerivedFieldAppender(derived, delimiter.charCodeAt(0))
    : undefined;
  // Rewritten chunks live as strings and buffers a few times their size: smaller ones keep the API's memory flat.
  const input = await openStaged(filePath, derived ? 1 << 18 : 1 << 20);
  const copy = client.query(
    copyFrom(
      `COPY ${table} (${names.join(', ')}) FROM STDIN WITH (FORMAT csv, HEADER true, DELIMITER '${delimiter}')`,
    ),
  );
  const copied = await streamToCopy({
    input,
    copy,
    scanner,
    rewrite,
    onBytes,
    onRows: () => onRows(Math.max(0, scanner.lines - 1)),
  });
  if (copied === 'copied') {
    await client.query('RELEASE SAVEPOINT mapped_raw_copy');
    return { path: 'COPY', ragged: [] };
  }
  await client.query('ROLLBACK TO SAVEPOINT mapped_raw_copy');
  await client.query(`${create} (line integer, ${columns.join(', ')})`);
  const ragged = await copyRecords(
    client,
    table,
    header.length,
    records(),
    onRows,
    derived,
  );
  return { path: 'JAVASCRIPT', ragged };
}

/** The JavaScript reader's records into the raw table (blank records left out, ragged ones reported). */
async function copyRecords(
  client: PoolClient,
  table: string,
  width: number,
  records: AsyncIterator<SourceRecord>,
  onRows: (rows: number) => void,
  derived?: DerivedColumns,
): Promise<ImportError[]> {
  const extra = derived
    ? derived.definitions.map((d) => `, ${d.split(' ')[0]}`).join('')
    : '';
  const copy = client.query(
    copyFrom(
      `COPY ${table} (line, ${rawCells(width).join(', ')}${extra}) FROM STDIN`,
    ),
  );
  const ragged: ImportError[] = [];
  let chunk: string[] = [];
  let chars = 0;
  let rows = 0;
  const flush = async () => {
    const text = chunk.join('');
    chunk = [];
    chars = 0;
    if (text && !copy.write(text)) await once(copy, 'drain');
  };
  for (
    let next = await records.next();
    !next.done;
    next = await records.next()
  ) {
    const { line, cells } = next.value;
    if (isBlankRecord(cells)) continue;
    rows += 1;
    onRows(rows);
    const width_ = recordWidthError({
      record: cells,
      line,
      headerWidth: width,
    });
    if (width_) {
      ragged.push(width_);
      continue;
    }
    const text = derived
      ? copyRow(line, cells, derived.values(cells))
      : copyLine([line, ...cells]);
    chunk.push(text);
    chars += text.length;
    if (chars >= COPY_CHUNK_CHARS) await flush();
  }
  await flush();
  copy.end();
  await once(copy, 'finish');
  return ragged;
}

const NEEDS_ESCAPE = /[\\\t\n\r]/;

/**
 * A raw row with its derived values in COPY text (copyLine's format): an
 * empty cell as NULL, as COPY's CSV reading of an unquoted empty field; the
 * escaping regular expressions only for the few cells that need them.
 */
function copyRow(
  line: number,
  cells: readonly string[],
  derived: readonly (string | boolean | null)[],
): string {
  let text = String(line);
  for (const cell of cells)
    text += `\t${cell === '' ? '\\N' : NEEDS_ESCAPE.test(cell) ? copyValue(cell) : cell}`;
  for (const value of derived)
    text += `\t${value === null ? '\\N' : value === true ? 't' : value === false ? 'f' : value}`;
  return `${text}\n`;
}
