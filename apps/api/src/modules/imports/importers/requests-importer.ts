import { open } from 'node:fs/promises';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PoolClient } from 'pg';
import { DataSource, QueryRunner } from 'typeorm';
import { OrganizationEntity } from '@esm-planner/api-data-access-db';
import { RequestColumns } from '@esm-planner/domain-imports';
import { ImportDepartments } from '../import-departments';
import { detectDelimiter } from '../readers/delimiter';
import { failedOutcome, Importer, ImportJobOptions, ImportOutcome, MappedValue, plural } from './importer';
import { CREATE_REQUEST_STAGE } from './request-stage';
import { dropFastPathTables, loadWithCopy } from './requests-fast-path';
import { streamRecordsToStage } from './requests-js-path';
import { RequestRecordReader, requestRecordReader } from './request-record-reader';
import { keepLatestVersions, resolveStagedDepartments } from './request-versions';
import { mergeRequestStage, StageTable } from './requests-merge';

type RunInput = Parameters<Importer['run']>[0];
type Loaded = { ok: true; rowsRead: number; mappedToOther: MappedValue[]; localTimes: number; created: string[]; stage: StageTable } | { ok: false; outcome: ImportOutcome };

/**
 * Format 2 (data-formats §2): request records, loaded into a temporary
 * staging table, merged into request_fact in one statement and rolled up
 * for the touched days — all in one transaction, so a file with any error
 * stores nothing. Two ways into the stage: the fast path (raw COPY, checks
 * in SQL) for files it can vouch for, else the JavaScript path, which reads
 * every record and reports every error. Memory stays flat on both.
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
    const organization = await runner.manager.findOneByOrFail(OrganizationEntity, { id: job.organizationId });
    const records = source.records[Symbol.asyncIterator]();
    const first = await records.next();
    const reading = first.done ? null : requestRecordReader({ format: job.format, header: first.value.cells, timeZone: organization.timeZone });
    if (!reading || !reading.ok) return failedOutcome(0, reading ? reading.errors : [{ line: 1, column: null, message: 'the file is empty' }]);
    // The fast path reads format 2 only; a tool's export goes through its mapping in JavaScript.
    const { format2Header } = reading.reader;
    const fast = format2Header ? await this.loadFast(runner, input, format2Header) : null;
    const loaded = fast ?? (await this.loadInJavaScript(runner, input, records, reading.reader));
    if (!loaded.ok) return loaded.outcome;
    if (loaded.rowsRead === 0) return failedOutcome(0, [{ line: 1, column: null, message: 'the file has a header but no rows' }]);
    const merged = await mergeRequestStage(runner, { organizationId: job.organizationId, source: job.format, jobId: job.id, timeZone: organization.timeZone, stage: loaded.stage });
    if ('duplicates' in merged) return failedOutcome(loaded.rowsRead, merged.duplicates, loaded.mappedToOther);
    if (fast) await dropFastPathTables(runner, job.id);
    const { stored } = merged;
    const created = loaded.created.length > 0 ? ` Created ${plural(loaded.created.length, 'department')}: ${loaded.created.join(', ')}.` : '';
    const zone = loaded.localTimes > 0 ? ` ${plural(loaded.localTimes, 'row')} had times without an offset, read in ${organization.timeZone}.` : '';
    return {
      ok: true,
      rowsRead: loaded.rowsRead,
      rowsStored: stored,
      rowsDuplicate: loaded.rowsRead - stored,
      errors: [],
      mappedToOther: loaded.mappedToOther,
      message: `Requests: ${plural(stored, 'request')} stored, ${loaded.rowsRead - stored} ${reading.reader.versioned ? 'unchanged or earlier versions of the same tickets' : 'unchanged'}.${created}${zone}`,
    };
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
    await resolver.flush();
    await runner.query('RELEASE SAVEPOINT request_fast_path');
    return { ok: true, rowsRead: result.rowsRead, mappedToOther: result.mappedToOther, localTimes: 0, created: resolver.created, stage: result.stage };
  }

  private async loadInJavaScript(runner: QueryRunner, { job, source, onRows }: RunInput, records: AsyncIterator<{ line: number; cells: string[] }>, reader: RequestRecordReader): Promise<Loaded> {
    const resolver = await this.departments.resolver(runner.manager, job.organizationId, job.options as ImportJobOptions);
    await runner.query(CREATE_REQUEST_STAGE);
    const streamed = await streamRecordsToStage({ client: clientOf(runner), records, reader, trailingEmptyCellsDropped: source.trailingEmptyCellsDropped, resolver, onRows });
    const mappedToOther = [...streamed.mapped.values()].sort((a, b) => b.count - a.count);
    if (streamed.errorCount > 0) {
      return { ok: false, outcome: { ...failedOutcome(streamed.rowsRead, streamed.errors, mappedToOther), message: `${plural(streamed.errorCount, 'error')} found: nothing was stored. Fix the file and import it again.` } };
    }
    if (reader.versioned) {
      await keepLatestVersions(runner);
      const unknown = await resolveStagedDepartments(runner, resolver, reader.departmentColumn);
      if (unknown.length > 0) return { ok: false, outcome: failedOutcome(streamed.rowsRead, unknown, mappedToOther) };
    }
    await resolver.flush();
    return { ok: true, rowsRead: streamed.rowsRead, mappedToOther, localTimes: streamed.localTimes, created: resolver.created, stage: { table: 'request_stage', sortBeforeInsert: true } };
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
