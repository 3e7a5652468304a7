import { once } from 'node:events';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { departmentNameKey } from '@esm-planner/domain-departments';
import { ImportError, RequestRow } from '@esm-planner/domain-imports';
import { DepartmentResolver } from '../import-departments';
import { SourceRecord } from '../readers/source-record';
import { copyLine } from './copy-text';
import { MappedValue } from './importer';
import { STAGE_COLUMNS } from './request-stage';
import { RequestRecordReader } from './request-record-reader';
import { SkippedRows, Sql } from './skipped-rows';

type CopyStream = ReturnType<typeof copyFrom>;

const MAX_KEPT_ERRORS = 1_000;
// Rows go to COPY in chunks of about this many characters, not one write per row.
const COPY_CHUNK_CHARS = 256 * 1024;

export type StreamedRequests = {
  rowsRead: number;
  errors: ImportError[];
  errorCount: number;
  mapped: Map<string, MappedValue>;
  localTimes: number;
};

/** streamRecordsToStage's input. */
type StreamRecordsInput = {
  client: PoolClient;
  /** invalidRows: SKIP — invalid rows go here instead of failing the file. */
  skipped?: SkippedRows | null;
  records: AsyncIterator<SourceRecord>;
  /** Format 2 (request-record-reader.ts). */
  reader: RequestRecordReader;
  trailingEmptyCellsDropped: boolean;
  resolver: DepartmentResolver;
  onRows: (rows: number) => void;
};

/** Each department name met so far (by departmentNameKey), resolved once. */
type ResolvedDepartments = Map<string, { id: string } | { error: ImportError }>;

const isoOrNull = (epochMs: number | null) =>
  epochMs === null ? null : new Date(epochMs).toISOString();

/**
 * The general path: every record parsed and checked in JavaScript (every
 * error with its line and column), valid rows streamed into request_stage
 * with COPY. Used when the fast path (requests-fast-path.ts) declines a
 * file, and for any file with errors, whose report it writes.
 */
export async function streamRecordsToStage({
  client,
  records,
  reader,
  trailingEmptyCellsDropped,
  resolver,
  onRows,
  skipped = null,
}: StreamRecordsInput): Promise<StreamedRequests> {
  const result = noRequestsYet();
  const departments: ResolvedDepartments = new Map();
  const reject = (errors: ImportError[]) =>
    skipped ? skipped.add(errors) : fail(result, errors);
  let copy = copyIntoRequestStage(client);
  let chunk: string[] = [];
  let chunkChars = 0;
  const flush = async () => {
    if (chunk.length === 0) return;
    const text = chunk.join('');
    chunk = [];
    chunkChars = 0;
    if (!copy.write(text)) await once(copy, 'drain');
  };
  const endCopy = async () => {
    await flush();
    await finishCopy(copy);
  };
  try {
    for (
      let next = await records.next();
      !next.done;
      next = await records.next()
    ) {
      const { line, cells } = next.value;
      if (cells.every((cell) => cell.trim() === '')) continue;
      result.rowsRead += 1;
      onRows(result.rowsRead);
      const parsed = reader.read({ cells, line, trailingEmptyCellsDropped });
      if (!parsed.ok) {
        reject(parsed.errors);
      } else {
        const department = departmentOf(
          parsed.row,
          line,
          reader.departmentColumn,
          resolver,
          departments,
        );
        // A department that cannot be used fails the file once, at its first row; under SKIP each of its rows is skipped.
        if ('error' in department) {
          if (skipped) skipped.add([department.error]);
          else if (!department.repeated) fail(result, [department.error]);
        } else if (result.errorCount === 0)
          stageRow(parsed.row, stageValues(line, department.id, parsed.row)); // after an error nothing will be stored: only keep checking
      }
      if (chunkChars >= COPY_CHUNK_CHARS) await flush();
      // The skipped list is written on this connection: the COPY pauses for it.
      if (skipped?.full) {
        await endCopy();
        await skipped.flush(sqlOn(client));
        copy = copyIntoRequestStage(client);
      }
    }
    await endCopy();
  } catch (error) {
    // A file that stops being readable mid-way (broken CSV, a byte that is not UTF-8) must not leave
    // the connection in COPY mode: the rollback would queue behind it for ever, and the import hang.
    await abortCopy(copy, error);
    throw error;
  }
  return result;

  function stageRow(
    row: RequestRow,
    values: (string | number | boolean | null)[],
  ): void {
    count(row, result);
    const text = copyLine(values);
    chunk.push(text);
    chunkChars += text.length;
  }
}

/** Errors that fail the file: all counted, the first MAX_KEPT_ERRORS kept for the report. */
function fail(result: StreamedRequests, errors: ImportError[]): void {
  result.errorCount += errors.length;
  for (const error of errors)
    if (result.errors.length < MAX_KEPT_ERRORS) result.errors.push(error);
}

function noRequestsYet(): StreamedRequests {
  return {
    rowsRead: 0,
    errors: [],
    errorCount: 0,
    mapped: new Map(),
    localTimes: 0,
  };
}

/** A COPY into request_stage, rows written to it as COPY text. */
function copyIntoRequestStage(client: PoolClient): CopyStream {
  return client.query(
    copyFrom(`COPY request_stage (${STAGE_COLUMNS.join(', ')}) FROM STDIN`),
  );
}

/** Ends a COPY and waits until PostgreSQL has taken every row. */
async function finishCopy(copy: CopyStream): Promise<void> {
  copy.end();
  await once(copy, 'finish');
}

/** Statements on the COPY's own connection (the skipped list), rows back. */
function sqlOn(client: PoolClient): Sql {
  return (sql, parameters) => client.query(sql, parameters).then((r) => r.rows);
}

/** Cancels a COPY in progress (CopyFail) and waits until the connection has left COPY mode. */
async function abortCopy(copy: CopyStream, reason: unknown): Promise<void> {
  if (copy.destroyed || copy.writableFinished) return;
  const closed = new Promise<void>((resolve) => {
    copy.once('close', resolve);
    copy.once('error', () => resolve());
  });
  copy.destroy(reason instanceof Error ? reason : new Error(String(reason)));
  await closed;
}

/** The department of a row (each name resolved once); an error for this row when it cannot be used. */
function departmentOf(
  row: RequestRow,
  line: number,
  column: number | null,
  resolver: DepartmentResolver,
  cache: ResolvedDepartments,
): { id: string } | { error: ImportError; repeated: boolean } {
  const key = departmentNameKey(row.department);
  let resolved = cache.get(key);
  const repeated = resolved !== undefined;
  if (!resolved) {
    const found = resolver.resolve({ name: row.department, line, column });
    resolved =
      'id' in found
        ? { id: found.id }
        : { error: { ...found.error, value: found.error.value ?? undefined } };
    cache.set(key, resolved);
  }
  return 'error' in resolved
    ? { error: { ...resolved.error, line, value: row.department }, repeated }
    : resolved;
}

function count(row: RequestRow, result: StreamedRequests): void {
  if (row.readInTimeZone) result.localTimes += 1;
  if (!row.mappedToOther) return;
  const entry = result.mapped.get(row.mappedToOther.value) ?? {
    field: 'channel',
    value: row.mappedToOther.value,
    count: 0,
  };
  entry.count += 1;
  result.mapped.set(row.mappedToOther.value, entry);
}

function stageValues(
  line: number,
  departmentId: string | null,
  row: RequestRow,
): (string | number | boolean | null)[] {
  return [
    line,
    row.externalId,
    departmentId,
    row.requestType,
    row.channel,
    isoOrNull(row.openedAt),
    isoOrNull(row.firstResponseAt),
    isoOrNull(row.resolvedAt),
    row.resolution,
    row.slaMet,
    row.reopened,
    row.handlingMinutes,
  ];
}
