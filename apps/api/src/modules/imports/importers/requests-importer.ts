import { open } from 'node:fs/promises';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PoolClient } from 'pg';
import { DataSource, QueryRunner } from 'typeorm';
import { OrganizationEntity } from '@esm-planner/api-data-access-db';
import { RequestColumns } from '@esm-planner/domain-imports';
import { DepartmentResolver, ImportDepartments } from '../import-departments';
import { detectDelimiter } from '../readers/delimiter';
import { allRowsInvalid, asDryRun, failedOutcome, Importer, ImportJobOptions, ImportOutcome, MappedValue, MAX_REPORTED_ERRORS, plural, skippedSummary, skipsInvalidRows } from './importer';
import { CREATE_REQUEST_STAGE } from './request-stage';
import { dropFastPathTables, loadWithCopy } from './requests-fast-path';
import { streamRecordsToStage } from './requests-js-path';
import { RequestRecordReader, requestRecordReader } from './request-record-reader';
import { keepLatestVersions, resolveStagedDepartments } from './request-versions';
import { checkRequestStage, mergeRequestStage, StageTable } from './requests-merge';
import { SkippedRows } from './skipped-rows';

type RunInput = Parameters<Importer['run']>[0];
type Loaded =
  | { ok: true; rowsRead: number; mappedToOther: MappedValue[]; localTimes: number; resolver: DepartmentResolver; stage: StageTable; fastPath: boolean }
  | { ok: false; outcome: ImportOutcome };

/**
 * Format 2 (data-formats §2): request records, loaded into a temporary
 * staging table, merged into request_fact in one statement and rolled up
 * for the touched days — all in one transaction, so a file with any error
 * stores nothing (or, under invalidRows: SKIP, everything but the invalid
 * rows, which are listed). Two ways into the stage: the fast path (raw
 * COPY, checks in SQL) for files it can vouch for, else the JavaScript
 * path, which reads every record and reports every error. Memory stays
 * flat on both. A dry run does all of it and rolls the writes back.
 */
@Injectable()
export class RequestsImporter implements Importer {
  private readonly logger = new Logger(RequestsImporter.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly departments: ImportDepartments,
  ) {}

  async run(input: RunInput): Promise<ImportOutcome> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      const outcome = await this.load(runner, input);
      if (outcome.ok) await runner.commitTransaction();
      else await runner.rollbackTransaction();
      return outcome;
    } catch (error) {
      await runner.rollbackTransaction();
      throw error;
    } finally {
      input.source.close?.();
      await runner.release();
    }
  }

  private async load(runner: QueryRunner, input: RunInput): Promise<ImportOutcome> {
    const { job, source } = input;
    const options = job.options as ImportJobOptions;
    const organization = await runner.manager.findOneByOrFail(OrganizationEntity, { id: job.organizationId });
    const records = source.records[Symbol.asyncIterator]();
    const first = await records.next();
    const reading = first.done ? null : requestRecordReader({ format: job.format, header: first.value.cells, timeZone: organization.timeZone });
    if (!reading || !reading.ok) return failedOutcome(0, reading ? reading.errors : [{ line: 1, column: null, message: 'the file is empty' }]);
    const skipped = skipsInvalidRows(options) ? new SkippedRows({ organizationId: job.organizationId, jobId: job.id }) : null;
    // The fast path reads format 2 only; a tool's export goes through its mapping in JavaScript.
    const { format2Header } = reading.reader;
    const fast = format2Header ? await this.loadFast(runner, input, format2Header) : null;
    const loaded = fast ?? (await this.loadInJavaScript(runner, input, records, reading.reader, skipped));
    if (!loaded.ok) return loaded.outcome;
    if (loaded.rowsRead === 0) return failedOutcome(0, [{ line: 1, column: null, message: 'the file has a header but no rows' }]);
    const sql = (text: string, parameters?: unknown[]) => runner.query(text, parameters);
    const target = { organizationId: job.organizationId, source: job.format, stage: loaded.stage };
    const checked = await checkRequestStage(runner, {
      ...target,
      policy: { allowedDepartmentIds: options.allowedDepartmentIds ?? 'ALL', externalIdColumn: reading.reader.externalIdColumn, skipped },
    });
    if (!checked.ok) return failedOutcome(loaded.rowsRead, checked.errors, loaded.mappedToOther);
    if (skipped && skipped.rows > 0) {
      const [{ left }] = await runner.query(`SELECT count(*)::int AS left FROM ${loaded.stage.table}`);
      if (left === 0) return allRowsInvalid(loaded.rowsRead, await skipped.first(sql, MAX_REPORTED_ERRORS), skipped.problems, loaded.mappedToOther);
    }
    // A dry run's writes (departments created on the way included) are undone; the skipped list stays.
    if (options.dryRun) await runner.query('SAVEPOINT import_dry_run');
    await loaded.resolver.flush();
    const merged = await mergeRequestStage(runner, { ...target, jobId: job.id, timeZone: organization.timeZone, any: checked.any, externalIdColumn: reading.reader.externalIdColumn });
    if ('duplicates' in merged) return failedOutcome(loaded.rowsRead, merged.duplicates, loaded.mappedToOther);
    if (options.dryRun) await runner.query('ROLLBACK TO SAVEPOINT import_dry_run');
    if (loaded.fastPath) await dropFastPathTables(runner, job.id);
    const { stored } = merged;
    const rowsSkipped = skipped?.rows ?? 0;
    const unchanged = loaded.rowsRead - stored - rowsSkipped;
    const created = loaded.resolver.created.length > 0 ? ` Created ${plural(loaded.resolver.created.length, 'department')}: ${loaded.resolver.created.join(', ')}.` : '';
    const zone = loaded.localTimes > 0 ? ` ${plural(loaded.localTimes, 'row')} had times without an offset, read in ${organization.timeZone}.` : '';
    const outcome: ImportOutcome = {
      ok: true,
      rowsRead: loaded.rowsRead,
      rowsStored: stored,
      rowsDuplicate: unchanged,
      rowsSkipped,
      errors: skipped ? await skipped.first(sql, MAX_REPORTED_ERRORS) : [],
      errorCount: skipped?.problems ?? 0,
      mappedToOther: loaded.mappedToOther,
      message: `Requests: ${plural(stored, 'request')} stored, ${unchanged} ${reading.reader.versioned ? 'unchanged or earlier versions of the same tickets' : 'unchanged'}.${created}${zone}${skippedSummary(rowsSkipped)}`,
    };
    return options.dryRun ? asDryRun(outcome) : outcome;
  }

  /** The fast path inside a savepoint; null when it declines (nothing of it is left). */
  private async loadFast(runner: QueryRunner, { job, filePath, onRows, onBytes }: RunInput, header: { columns: RequestColumns; headerWidth: number }): Promise<Loaded | null> {
    if (!filePath) return null;
    const delimiter = await headerDelimiter(filePath);
    const resolver = await this.departments.resolver(runner.manager, job.organizationId, job.options as ImportJobOptions);
    await runner.query('SAVEPOINT request_fast_path');
    const result = await loadWithCopy({ runner, client: clientOf(runner), jobId: job.id, filePath, delimiter, ...header, resolver, onRows, onBytes: onBytes ?? (() => undefined) }).catch(
      (error: unknown) => ({ ok: false as const, reason: error instanceof Error ? error.message : String(error) }),
    );
    if (!result.ok) {
      this.logger.log(`Import ${job.id}: the fast path declined (${result.reason}); reading the file in JavaScript.`);
      await runner.query('ROLLBACK TO SAVEPOINT request_fast_path');
      return null;
    }
    await runner.query('RELEASE SAVEPOINT request_fast_path');
    return { ok: true, rowsRead: result.rowsRead, mappedToOther: result.mappedToOther, localTimes: 0, resolver, stage: result.stage, fastPath: true };
  }

  private async loadInJavaScript(
    runner: QueryRunner,
    { job, source, onRows }: RunInput,
    records: AsyncIterator<{ line: number; cells: string[] }>,
    reader: RequestRecordReader,
    skipped: SkippedRows | null,
  ): Promise<Loaded> {
    const resolver = await this.departments.resolver(runner.manager, job.organizationId, job.options as ImportJobOptions);
    await runner.query(CREATE_REQUEST_STAGE);
    const streamed = await streamRecordsToStage({ client: clientOf(runner), records, reader, trailingEmptyCellsDropped: source.trailingEmptyCellsDropped, resolver, onRows, skipped });
    const mappedToOther = [...streamed.mapped.values()].sort((a, b) => b.count - a.count);
    if (streamed.errorCount > 0) {
      return {
        ok: false,
        outcome: { ...failedOutcome(streamed.rowsRead, streamed.errors, mappedToOther), errorCount: streamed.errorCount, message: `${plural(streamed.errorCount, 'error')} found: nothing was stored. Fix the file and import it again.` },
      };
    }
    if (reader.versioned) {
      await keepLatestVersions(runner);
      const unknown = await resolveStagedDepartments(runner, resolver, reader.departmentColumn, skipped);
      if (unknown.length > 0) return { ok: false, outcome: failedOutcome(streamed.rowsRead, unknown, mappedToOther) };
    }
    return { ok: true, rowsRead: streamed.rowsRead, mappedToOther, localTimes: streamed.localTimes, resolver, stage: { table: 'request_stage', sortBeforeInsert: true }, fastPath: false };
  }
}

function clientOf(runner: QueryRunner): PoolClient {
  return (runner as unknown as { databaseConnection: PoolClient }).databaseConnection;
}

/** The separator of the file's first line, as the CSV reader detects it. */
async function headerDelimiter(path: string): Promise<',' | ';'> {
  const file = await open(path, 'r');
  try {
    const head = Buffer.alloc(64 * 1024);
    const { bytesRead } = await file.read(head, 0, head.length, 0);
    const firstLine = head.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
    return detectDelimiter(firstLine);
  } finally {
    await file.close();
  }
}
