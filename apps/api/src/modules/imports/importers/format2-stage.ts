import { Logger } from '@nestjs/common';
import type { RequestColumns } from '@esm-planner/domain-imports';
import { SourceRecord } from '../readers/source-record';
import { failedOutcome, plural } from './importer';
import { CREATE_REQUEST_STAGE } from './request-stage';
import {
  RequestRecordReader,
  requestRecordReader,
} from './request-record-reader';
import { loadWithCopy } from './requests-fast-path';
import { streamRecordsToStage } from './requests-js-path';
import { clientOf } from './pool-client';
import { headerDelimiter } from './header-delimiter';
import { SkippedRows } from './skipped-rows';
import {
  departmentResolverFor,
  StagedRequests,
  StagingContext,
} from './staged-requests';

// The importer's own log context: these lines are part of its story.
const logger = new Logger('RequestsImporter');

/**
 * Format 2 (data-formats §2): the fast path, else JavaScript. The header
 * is read once by the record reader; the fast path only needs its columns.
 */
export async function stageFormat2(
  context: StagingContext,
  header: string[],
  records: AsyncIterator<SourceRecord>,
  timeZone: string,
  skipped: SkippedRows | null,
): Promise<StagedRequests> {
  const reading = requestRecordReader({ header, timeZone });
  if (!reading.ok)
    return { ok: false, outcome: failedOutcome(0, reading.errors) };
  const { reader } = reading;
  const fast = await stageWithFastPath(context, reader.format2Header);
  const staged =
    fast ?? (await stageInJavaScript(context, records, reader, skipped));
  if (!staged.ok) return staged;
  return { ...staged, externalIdColumn: reader.externalIdColumn };
}

/** The fast path inside a savepoint; null when it declines (nothing of it is left). */
async function stageWithFastPath(
  context: StagingContext,
  header: { columns: RequestColumns; headerWidth: number },
): Promise<StagedRequests | null> {
  const { runner } = context;
  const { job, filePath, onRows, onBytes } = context.input;
  if (!filePath) return null;
  const delimiter = await headerDelimiter(filePath);
  const resolver = await departmentResolverFor(context);
  await runner.query('SAVEPOINT request_fast_path');
  const result = await loadWithCopy({
    runner,
    client: clientOf(runner),
    jobId: job.id,
    filePath,
    delimiter,
    ...header,
    resolver,
    onRows,
    onBytes: onBytes ?? (() => undefined),
  }).catch((error: unknown) => ({
    ok: false as const,
    reason: error instanceof Error ? error.message : String(error),
  }));
  if (!result.ok) {
    logger.log(
      `Import ${job.id}: the fast path declined (${result.reason}); reading the file in JavaScript.`,
    );
    await runner.query('ROLLBACK TO SAVEPOINT request_fast_path');
    return null;
  }
  await runner.query('RELEASE SAVEPOINT request_fast_path');
  return {
    ok: true,
    rowsRead: result.rowsRead,
    mappedToOther: result.mappedToOther,
    localTimes: 0,
    resolver,
    stage: result.stage,
    workingSchema: true,
    source: job.format,
    externalIdColumn: 1,
  };
}

/** Every record read and checked in JavaScript (every error reported), into request_stage. */
async function stageInJavaScript(
  context: StagingContext,
  records: AsyncIterator<{ line: number; cells: string[] }>,
  reader: RequestRecordReader,
  skipped: SkippedRows | null,
): Promise<StagedRequests> {
  const { runner } = context;
  const { job, source, onRows } = context.input;
  const resolver = await departmentResolverFor(context);
  await runner.query(CREATE_REQUEST_STAGE);
  const streamed = await streamRecordsToStage({
    client: clientOf(runner),
    records,
    reader,
    trailingEmptyCellsDropped: source.trailingEmptyCellsDropped,
    resolver,
    onRows,
    skipped,
  });
  const mappedToOther = [...streamed.mapped.values()].sort(
    (a, b) => b.count - a.count,
  );
  if (streamed.errorCount > 0) {
    return {
      ok: false,
      outcome: {
        ...failedOutcome(streamed.rowsRead, streamed.errors, mappedToOther),
        errorCount: streamed.errorCount,
        message: `${plural(streamed.errorCount, 'error')} found: nothing was stored. Fix the file and import it again.`,
      },
    };
  }
  return {
    ok: true,
    rowsRead: streamed.rowsRead,
    mappedToOther,
    localTimes: streamed.localTimes,
    resolver,
    stage: { table: 'request_stage', sortBeforeInsert: true },
    workingSchema: false,
    source: job.format,
    externalIdColumn: reader.externalIdColumn,
  };
}
