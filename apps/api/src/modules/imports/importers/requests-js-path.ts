import { once } from 'node:events';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { departmentNameKey } from '@esm-planner/domain-departments';
import { ImportError, parseRequestRow, RequestColumns, RequestRow } from '@esm-planner/domain-imports';
import { DepartmentResolver } from '../import-departments';
import { SourceRecord } from '../readers/source-record';
import { copyLine } from './copy-text';
import { MappedValue } from './importer';
import { STAGE_COLUMNS } from './request-stage';

const MAX_KEPT_ERRORS = 1_000;
// Rows go to COPY in chunks of about this many characters, not one write per row.
const COPY_CHUNK_CHARS = 256 * 1024;

export type StreamedRequests = { rowsRead: number; errors: ImportError[]; errorCount: number; mapped: Map<string, MappedValue>; localTimes: number };

/**
 * The one step that turns a source record into a RequestRow (format 2 here;
 * a vendor mapper — data-formats §4 — has the same shape and plugs in here).
 */
export type RequestRecordMapper = (input: { record: string[]; line: number; columns: RequestColumns; headerWidth: number; timeZone: string; trailingEmptyCellsDropped: boolean }) =>
  | { ok: true; row: RequestRow }
  | { ok: false; errors: ImportError[] };

export const FORMAT_2_MAPPER: RequestRecordMapper = (input) => parseRequestRow(input);

const isoOrNull = (epochMs: number | null) => (epochMs === null ? null : new Date(epochMs).toISOString());

/**
 * The general path: every record parsed and checked in JavaScript (every
 * error with its line and column), valid rows streamed into request_stage
 * with COPY. Used when the fast path (requests-fast-path.ts) declines a
 * file, and for any file with errors, whose report it writes.
 */
export async function streamRecordsToStage({ client, records, columns, headerWidth, trailingEmptyCellsDropped, resolver, timeZone, onRows, mapRecord = FORMAT_2_MAPPER }: {
  client: PoolClient;
  records: AsyncIterator<SourceRecord>;
  columns: RequestColumns;
  headerWidth: number;
  trailingEmptyCellsDropped: boolean;
  resolver: DepartmentResolver;
  timeZone: string;
  onRows: (rows: number) => void;
  mapRecord?: RequestRecordMapper;
}): Promise<StreamedRequests> {
  const result: StreamedRequests = { rowsRead: 0, errors: [], errorCount: 0, mapped: new Map(), localTimes: 0 };
  const departmentIds = new Map<string, string | null>();
  const fail = (errors: ImportError[]) => {
    result.errorCount += errors.length;
    for (const error of errors) if (result.errors.length < MAX_KEPT_ERRORS) result.errors.push(error);
  };
  const copy = client.query(copyFrom(`COPY request_stage (${STAGE_COLUMNS.join(', ')}) FROM STDIN`));
  let chunk: string[] = [];
  let chunkChars = 0;
  const flush = async () => {
    if (chunk.length === 0) return;
    const text = chunk.join('');
    chunk = [];
    chunkChars = 0;
    if (!copy.write(text)) await once(copy, 'drain');
  };
  for (let next = await records.next(); !next.done; next = await records.next()) {
    const { line, cells } = next.value;
    if (cells.every((cell) => cell.trim() === '')) continue;
    result.rowsRead += 1;
    onRows(result.rowsRead);
    const parsed = mapRecord({ record: cells, line, columns, headerWidth, timeZone, trailingEmptyCellsDropped });
    if (!parsed.ok) {
      fail(parsed.errors);
      continue;
    }
    const departmentId = departmentOf(parsed.row, line, columns.department + 1, resolver, departmentIds, fail);
    if (!departmentId || result.errorCount > 0) continue; // after an error nothing will be stored: only keep checking
    count(parsed.row, result);
    const text = copyLine(stageValues(line, departmentId, parsed.row));
    chunk.push(text);
    chunkChars += text.length;
    if (chunkChars >= COPY_CHUNK_CHARS) await flush();
  }
  await flush();
  copy.end();
  await once(copy, 'finish');
  return result;
}

function departmentOf(row: RequestRow, line: number, column: number, resolver: DepartmentResolver, cache: Map<string, string | null>, fail: (errors: ImportError[]) => void): string | null {
  const key = departmentNameKey(row.department);
  if (!cache.has(key)) {
    const resolved = resolver.resolve({ name: row.department, line, column });
    cache.set(key, 'id' in resolved ? resolved.id : null);
    if ('error' in resolved) fail([{ ...resolved.error, value: resolved.error.value ?? undefined }]);
  }
  return cache.get(key) ?? null;
}

function count(row: RequestRow, result: StreamedRequests): void {
  if (row.readInTimeZone) result.localTimes += 1;
  if (!row.mappedToOther) return;
  const entry = result.mapped.get(row.mappedToOther.value) ?? { field: 'channel', value: row.mappedToOther.value, count: 0 };
  entry.count += 1;
  result.mapped.set(row.mappedToOther.value, entry);
}

function stageValues(line: number, departmentId: string, row: RequestRow): (string | number | boolean | null)[] {
  return [
    line, row.externalId, departmentId, row.requestType, row.channel, isoOrNull(row.openedAt), isoOrNull(row.firstResponseAt),
    isoOrNull(row.resolvedAt), row.resolution, row.slaMet, row.reopened, row.handlingMinutes,
  ];
}
