import { open } from 'node:fs/promises';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PoolClient } from 'pg';
import { DataSource, QueryRunner } from 'typeorm';
import { OrganizationEntity } from '@esm-planner/api-data-access-db';
import {
  ColumnMappingInput,
  compileColumnMapping,
  isVendorFormat,
  RequestColumns,
  VENDOR_MAPPINGS,
} from '@esm-planner/domain-imports';
import { SourceRecord } from '../readers/source-record';
import { DepartmentResolver, ImportDepartments } from '../import-departments';
import { detectDelimiter } from '../readers/delimiter';
import {
  allRowsInvalid,
  asDryRun,
  failedOutcome,
  Importer,
  ImportJobOptions,
  ImportOutcome,
  MappedValue,
  MAX_REPORTED_ERRORS,
  plural,
  skippedSummary,
  skipsInvalidRows,
} from './importer';
import { CREATE_REQUEST_STAGE } from './request-stage';
import { dropFastPathTables, loadWithCopy } from './requests-fast-path';
import { streamRecordsToStage } from './requests-js-path';
import {
  RequestRecordReader,
  requestRecordReader,
} from './request-record-reader';
import { mergeRequestStage, StageTable } from './requests-merge';
import { checkRequestStage } from './requests-check';
import { externalIdColumn, loadMappedRequests } from './mapped/mapped-requests';
import { SkippedRows } from './skipped-rows';

type RunInput = Parameters<Importer['run']>[0];
type Loaded =
  | {
      ok: true;
      rowsRead: number;
      mappedToOther: MappedValue[];
      localTimes: number;
      resolver: DepartmentResolver;
      stage: StageTable;
      /** Whether the stage lives in the import's own schema (dropped once merged). */
      workingSchema: boolean;
      /** request_fact.source: the format, or a mapping's source. */
      source: string;
      externalIdColumn: number;
      /** An event log: how many cases its events made (rows not stored are unchanged cases or their earlier events). */
      cases?: number;
      clockChanges?: { skipped: number; repeated: number };
      usedDepartmentIds?: Set<string>;
    }
  | { ok: false; outcome: ImportOutcome };

/**
 * Request records (data-formats §2, §4, §5), loaded into a staging table,
 * merged into request_fact in one statement and rolled up for the touched
 * days — all in one transaction, so a file with any error stores nothing
 * (or, under invalidRows: SKIP, everything but the invalid rows, which are
 * listed). Three ways into the stage: format 2's fast path (raw COPY,
 * checks in SQL) for files it can vouch for, else its JavaScript path,
 * which reads every record and reports every error; and a column mapping's
 * COPY path (mapped/, also the vendors' built-in mappings). Memory stays
 * flat on all three. A dry run does all of it and rolls the writes back.
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
      // The original error is what matters (a broken connection cannot roll back, and is discarded).
      await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      input.source.close?.();
      await runner.release();
    }
  }

  private async load(
    runner: QueryRunner,
    input: RunInput,
  ): Promise<ImportOutcome> {
    const { job, source } = input;
    const options = job.options as ImportJobOptions;
    const organization = await runner.manager.findOneByOrFail(
      OrganizationEntity,
      { id: job.organizationId },
    );
    const records = source.records[Symbol.asyncIterator]();
    const first = await records.next();
    if (first.done)
      return failedOutcome(0, [
        { line: 1, column: null, message: 'the file is empty' },
      ]);
    const skipped = skipsInvalidRows(options)
      ? new SkippedRows({ organizationId: job.organizationId, jobId: job.id })
      : null;
    // A vendor's export without a snapshot (a job queued before mappings) reads with its built-in mapping.
    const mapping =
      job.mapping ??
      (isVendorFormat(job.format)
        ? { ...VENDOR_MAPPINGS[job.format].mapping, source: job.format }
        : null);
    const loaded = mapping
      ? await this.loadMapped(
          runner,
          input,
          mapping as unknown as ColumnMappingInput & { source: string },
          first.value.cells,
          records,
          organization.timeZone,
          skipped,
        )
      : await this.loadFormat(
          runner,
          input,
          first.value.cells,
          records,
          organization.timeZone,
          skipped,
        );
    if (!loaded.ok) return loaded.outcome;
    if (loaded.rowsRead === 0)
      return failedOutcome(0, [
        { line: 1, column: null, message: 'the file has a header but no rows' },
      ]);
    const sql = (text: string, parameters?: unknown[]) =>
      runner.query(text, parameters);
    const target = {
      organizationId: job.organizationId,
      source: loaded.source,
      stage: loaded.stage,
    };
    const checking = Date.now();
    const checked = await checkRequestStage(runner, {
      ...target,
      policy: {
        allowedDepartmentIds: options.allowedDepartmentIds ?? 'ALL',
        externalIdColumn: loaded.externalIdColumn,
        skipped,
      },
    });
    this.logger.log(
      `Import ${job.id}: stage checked in ${Date.now() - checking} ms`,
    );
    if (!checked.ok)
      return failedOutcome(
        loaded.rowsRead,
        checked.errors,
        loaded.mappedToOther,
      );
    const [{ left }] = await runner.query(
      `SELECT count(*)::int AS left FROM ${loaded.stage.table}`,
    );
    if (skipped && skipped.rows > 0 && left === 0) {
      return allRowsInvalid(
        loaded.rowsRead,
        await skipped.first(sql, MAX_REPORTED_ERRORS),
        skipped.problems,
        loaded.mappedToOther,
      );
    }
    // A dry run's writes (departments created on the way included) are undone; the skipped list stays.
    if (options.dryRun) await runner.query('SAVEPOINT import_dry_run');
    await loaded.resolver.flush(loaded.usedDepartmentIds);
    const merged = await mergeRequestStage(runner, {
      ...target,
      jobId: job.id,
      timeZone: organization.timeZone,
      any: checked.any,
    });
    if (options.dryRun)
      await runner.query('ROLLBACK TO SAVEPOINT import_dry_run');
    if (loaded.workingSchema) await dropFastPathTables(runner, job.id);
    const { stored } = merged;
    const rowsSkipped = skipped?.rows ?? 0;
    const unchanged = loaded.rowsRead - stored - rowsSkipped;
    const outcome: ImportOutcome = {
      ok: true,
      rowsRead: loaded.rowsRead,
      rowsStored: stored,
      rowsDuplicate: unchanged,
      rowsSkipped,
      errors: skipped ? await skipped.first(sql, MAX_REPORTED_ERRORS) : [],
      errorCount: skipped?.problems ?? 0,
      mappedToOther: loaded.mappedToOther,
      message: requestsSummary({
        stored,
        unchanged,
        loaded,
        timeZone:
          typeof job.mapping?.timeZone === 'string'
            ? job.mapping.timeZone
            : organization.timeZone,
        rowsSkipped,
      }),
    };
    return options.dryRun ? asDryRun(outcome) : outcome;
  }

  /** Format 2: the fast path, else JavaScript. */
  private async loadFormat(
    runner: QueryRunner,
    input: RunInput,
    header: string[],
    records: AsyncIterator<SourceRecord>,
    timeZone: string,
    skipped: SkippedRows | null,
  ): Promise<Loaded> {
    const reading = requestRecordReader({ header, timeZone });
    if (!reading.ok)
      return { ok: false, outcome: failedOutcome(0, reading.errors) };
    const { reader } = reading;
    const fast = await this.loadFast(runner, input, reader.format2Header);
    const loaded =
      fast ??
      (await this.loadInJavaScript(runner, input, records, reader, skipped));
    if (!loaded.ok) return loaded;
    return { ...loaded, externalIdColumn: reader.externalIdColumn };
  }

  /** A column mapping (saved or built in) on the COPY path. */
  private async loadMapped(
    runner: QueryRunner,
    input: RunInput,
    stored: ColumnMappingInput & { source: string },
    header: string[],
    records: AsyncIterator<SourceRecord>,
    timeZone: string,
    skipped: SkippedRows | null,
  ): Promise<Loaded> {
    const { job, filePath, onRows, onBytes } = input;
    const compiled = compileColumnMapping({
      mapping: { ...stored, kind: 'REQUESTS' },
      header,
      timeZone,
    });
    if (!compiled.ok)
      return { ok: false, outcome: failedOutcome(0, compiled.errors) };
    if (!filePath)
      throw new Error('a mapped request import needs its staged file');
    const resolver = await this.departments.resolver(
      runner.manager,
      job.organizationId,
      job.options as ImportJobOptions,
    );
    const result = await loadMappedRequests({
      runner,
      client: clientOf(runner),
      jobId: job.id,
      filePath,
      delimiter: await headerDelimiter(filePath),
      header,
      records: () => records,
      mapping: compiled.mapping,
      definition: stored,
      resolver,
      skipped,
      onRows,
      onBytes: onBytes ?? (() => undefined),
    });
    if (!result.ok) {
      const outcome = failedOutcome(result.rowsRead, result.errors);
      return {
        ok: false,
        outcome: {
          ...outcome,
          errorCount: result.errorCount,
          message: `${plural(result.errorCount, 'error')} found: nothing was stored. Fix the file and import it again.`,
        },
      };
    }
    return {
      ok: true,
      rowsRead: result.rowsRead,
      mappedToOther: result.mappedToOther,
      localTimes: result.localTimes,
      resolver,
      stage: result.stage,
      workingSchema: true,
      source: stored.source,
      externalIdColumn: externalIdColumn(compiled.mapping),
      cases: result.cases ?? undefined,
      clockChanges: result.clockChanges,
      usedDepartmentIds: result.usedDepartmentIds,
    };
  }

  /** The fast path inside a savepoint; null when it declines (nothing of it is left). */
  private async loadFast(
    runner: QueryRunner,
    { job, filePath, onRows, onBytes }: RunInput,
    header: { columns: RequestColumns; headerWidth: number },
  ): Promise<Loaded | null> {
    if (!filePath) return null;
    const delimiter = await headerDelimiter(filePath);
    const resolver = await this.departments.resolver(
      runner.manager,
      job.organizationId,
      job.options as ImportJobOptions,
    );
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
      this.logger.log(
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

  private async loadInJavaScript(
    runner: QueryRunner,
    { job, source, onRows }: RunInput,
    records: AsyncIterator<{ line: number; cells: string[] }>,
    reader: RequestRecordReader,
    skipped: SkippedRows | null,
  ): Promise<Loaded> {
    const resolver = await this.departments.resolver(
      runner.manager,
      job.organizationId,
      job.options as ImportJobOptions,
    );
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
}

/** The report's summary of a successful request import. */
function requestsSummary({
  stored,
  unchanged,
  loaded,
  timeZone,
  rowsSkipped,
}: {
  stored: number;
  unchanged: number;
  loaded: Extract<Loaded, { ok: true }>;
  timeZone: string;
  rowsSkipped: number;
}): string {
  const created =
    loaded.resolver.created.length > 0
      ? ` Created ${plural(loaded.resolver.created.length, 'department')}: ${loaded.resolver.created.join(', ')}.`
      : '';
  const zone =
    loaded.localTimes > 0
      ? ` ${plural(loaded.localTimes, 'row')} had times without an offset, read in ${timeZone}.`
      : '';
  const clock = loaded.clockChanges;
  const changes =
    clock && clock.skipped + clock.repeated > 0
      ? ` Clock changes: ${plural(clock.skipped, 'local time')} skipped by a change were read as the time after the gap, ${plural(clock.repeated, 'repeated local time')} as its first occurrence.`
      : '';
  const what =
    loaded.cases === undefined
      ? 'unchanged'
      : 'unchanged or earlier events of the same cases';
  const cases =
    loaded.cases === undefined
      ? ''
      : ` ${plural(loaded.cases, 'case')} built from the events.`;
  return `Requests: ${plural(stored, 'request')} stored, ${unchanged} ${what}.${cases}${created}${zone}${changes}${skippedSummary(rowsSkipped, loaded.cases === undefined ? 'row' : 'row or case')}`;
}

function clientOf(runner: QueryRunner): PoolClient {
  return (runner as unknown as { databaseConnection: PoolClient })
    .databaseConnection;
}

/** The separator of the file's first line, as the CSV reader detects it. */
async function headerDelimiter(path: string): Promise<',' | ';'> {
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
