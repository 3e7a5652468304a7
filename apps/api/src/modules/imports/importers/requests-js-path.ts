import { once } from 'node:events';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { departmentNameKey } from '@esm-planner/domain-departments';
import { ImportError, RequestRow, RowVersion } from '@esm-planner/domain-imports';
import { DepartmentResolver } from '../import-departments';
import { SourceRecord } from '../readers/source-record';
import { copyLine } from './copy-text';
import { MappedValue } from './importer';
import { STAGE_COLUMNS, VERSIONED_STAGE_COLUMNS } from './request-stage';
import { RequestRecordReader } from './request-record-reader';

const MAX_KEPT_ERRORS = 1_000;
// Rows go to COPY in chunks of about this many characters, not one write per row.
const COPY_CHUNK_CHARS = 256 * 1024;

export type StreamedRequests = { rowsRead: number; errors: ImportError[]; errorCount: number; mapped: Map<string, MappedValue>; localTimes: number };

const isoOrNull = (epochMs: number | null) => (epochMs === null ? null : new Date(epochMs).toISOString());

/**
 * The general path: every record parsed and checked in JavaScript (every
 * error with its line and column), valid rows streamed into request_stage
 * with COPY. Used when the fast path (requests-fast-path.ts) declines a
 * file, and for any file with errors, whose report it writes.
 */
export async function streamRecordsToStage({ client, records, reader, trailingEmptyCellsDropped, resolver, onRows }: {
  client: PoolClient;
  records: AsyncIterator<SourceRecord>;
  /** Format 2 or a source system's export (request-record-reader.ts). */
  reader: RequestRecordReader;
  trailingEmptyCellsDropped: boolean;
  resolver: DepartmentResolver;
  onRows: (rows: number) => void;
}): Promise<StreamedRequests> {
  const result: StreamedRequests = { rowsRead: 0, errors: [], errorCount: 0, mapped: new Map(), localTimes: 0 };
  const departmentIds = new Map<string, string | null>();
  const fail = (errors: ImportError[]) => {
    result.errorCount += errors.length;
    for (const error of errors) if (result.errors.length < MAX_KEPT_ERRORS) result.errors.push(error);
  };
  const columns = reader.versioned ? VERSIONED_STAGE_COLUMNS : STAGE_COLUMNS;
  const copy = client.query(copyFrom(`COPY request_stage (${columns.join(', ')}) FROM STDIN`));
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
    const parsed = reader.read({ cells, line, trailingEmptyCellsDropped });
    if (!parsed.ok) {
      fail(parsed.errors);
      continue;
    }
    // A versioned source's departments are resolved after its latest versions are known.
    const departmentId = reader.versioned ? null : departmentOf(parsed.row, line, reader.departmentColumn, resolver, departmentIds, fail);
    if ((!reader.versioned && !departmentId) || result.errorCount > 0) continue; // after an error nothing will be stored: only keep checking
    count(parsed.row, result);
    const values = stageValues(line, departmentId, parsed.row);
    const text = copyLine(reader.versioned ? [...values, ...versionValues(parsed.version, parsed.row)] : values);
    chunk.push(text);
    chunkChars += text.length;
    if (chunkChars >= COPY_CHUNK_CHARS) await flush();
  }
  await flush();
  copy.end();
  await once(copy, 'finish');
  return result;
}

function departmentOf(row: RequestRow, line: number, column: number | null, resolver: DepartmentResolver, cache: Map<string, string | null>, fail: (errors: ImportError[]) => void): string | null {
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

function versionValues(version: RowVersion | null, row: RequestRow): (string | number | null)[] {
  return [version?.rank ?? null, isoOrNull(version?.updatedAt ?? null), row.department];
}

function stageValues(line: number, departmentId: string | null, row: RequestRow): (string | number | boolean | null)[] {
  return [
    line, row.externalId, departmentId, row.requestType, row.channel, isoOrNull(row.openedAt), isoOrNull(row.firstResponseAt),
    isoOrNull(row.resolvedAt), row.resolution, row.slaMet, row.reopened, row.handlingMinutes,
  ];
}
