import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryRunner } from 'typeorm';
import {
  ImportJobEntity,
  OrganizationEntity,
} from '@esm-planner/api-data-access-db';
import { isVendorFormat, VENDOR_MAPPINGS } from '@esm-planner/domain-imports';
import { ImportDepartments } from '../import-departments';
import {
  allRowsInvalid,
  failedOutcome,
  Importer,
  ImportJobOptions,
  ImportOutcome,
  MAX_REPORTED_ERRORS,
  skipsInvalidRows,
} from './importer';
import { dropFastPathTables } from './requests-fast-path';
import { mergeRequestStage } from './requests-merge';
import { checkRequestStage } from './requests-check';
import { SkippedRows } from './skipped-rows';
import { RequestsRunInput, StagedFile } from './staged-requests';
import { stageFormat2 } from './format2-stage';
import { stageMapped, StoredRequestMapping } from './mapped-stage';
import { mergedRequestsOutcome } from './requests-report';

/**
 * Request records (data-formats §2, §4, §5), loaded into a staging table,
 * merged into request_fact in one statement and rolled up for the touched
 * days — all in one transaction, so a file with any error stores nothing
 * (or, under invalidRows: SKIP, everything but the invalid rows, which are
 * listed). Three ways into the stage: format 2's fast path (raw COPY,
 * checks in SQL) for files it can vouch for, else its JavaScript path,
 * which reads every record and reports every error (format2-stage.ts); and
 * a column mapping's COPY path (mapped-stage.ts, mapped/, also the vendors'
 * built-in mappings). Memory stays flat on all three. A dry run does all of
 * it and rolls the writes back.
 */
@Injectable()
export class RequestsImporter implements Importer {
  private readonly logger = new Logger(RequestsImporter.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly departments: ImportDepartments,
  ) {}

  async run(input: RequestsRunInput): Promise<ImportOutcome> {
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

  /** The file into a stage table by the path its format or mapping takes, then merged. */
  private async load(
    runner: QueryRunner,
    input: RequestsRunInput,
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
    const context = { runner, input, departments: this.departments };
    const staged = mapping
      ? await stageMapped(
          context,
          mapping as unknown as StoredRequestMapping,
          first.value.cells,
          records,
          organization.timeZone,
          skipped,
        )
      : await stageFormat2(
          context,
          first.value.cells,
          records,
          organization.timeZone,
          skipped,
        );
    if (!staged.ok) return staged.outcome;
    if (staged.rowsRead === 0)
      return failedOutcome(0, [
        { line: 1, column: null, message: 'the file has a header but no rows' },
      ]);
    return this.checkAndMerge(runner, job, organization, staged, skipped);
  }

  /** The stage checked, merged into request_fact and rolled up; the report. */
  private async checkAndMerge(
    runner: QueryRunner,
    job: ImportJobEntity,
    organization: OrganizationEntity,
    staged: StagedFile,
    skipped: SkippedRows | null,
  ): Promise<ImportOutcome> {
    const options = job.options as ImportJobOptions;
    const sql = (text: string, parameters?: unknown[]) =>
      runner.query(text, parameters);
    const target = {
      organizationId: job.organizationId,
      source: staged.source,
      stage: staged.stage,
    };
    const checking = Date.now();
    const checked = await checkRequestStage(runner, {
      ...target,
      policy: {
        allowedDepartmentIds: options.allowedDepartmentIds ?? 'ALL',
        externalIdColumn: staged.externalIdColumn,
        skipped,
      },
    });
    this.logger.log(
      `Import ${job.id}: stage checked in ${Date.now() - checking} ms`,
    );
    if (!checked.ok)
      return failedOutcome(
        staged.rowsRead,
        checked.errors,
        staged.mappedToOther,
      );
    const [{ left }] = await runner.query(
      `SELECT count(*)::int AS left FROM ${staged.stage.table}`,
    );
    if (skipped && skipped.rows > 0 && left === 0) {
      return allRowsInvalid(
        staged.rowsRead,
        await skipped.first(sql, MAX_REPORTED_ERRORS),
        skipped.problems,
        staged.mappedToOther,
      );
    }
    // A dry run's writes (departments created on the way included) are undone; the skipped list stays.
    if (options.dryRun) await runner.query('SAVEPOINT import_dry_run');
    await staged.resolver.flush(staged.usedDepartmentIds);
    const merged = await mergeRequestStage(runner, {
      ...target,
      jobId: job.id,
      timeZone: organization.timeZone,
      any: checked.any,
    });
    if (options.dryRun)
      await runner.query('ROLLBACK TO SAVEPOINT import_dry_run');
    if (staged.workingSchema) await dropFastPathTables(runner, job.id);
    return mergedRequestsOutcome({
      staged,
      stored: merged.stored,
      skipped,
      sql,
      timeZone:
        typeof job.mapping?.timeZone === 'string'
          ? job.mapping.timeZone
          : organization.timeZone,
      dryRun: options.dryRun,
    });
  }
}
