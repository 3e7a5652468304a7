import { DataSource, EntityManager } from 'typeorm';
import type { ImportJobEntity } from '@esm-planner/api-data-access-db';
import { departmentNameKey } from '@esm-planner/domain-departments';
import type { ImportError } from '@esm-planner/domain-imports';
import { ImportDepartments } from '../import-departments';
import {
  allRowsInvalid,
  asDryRun,
  failedOutcome,
  ImportJobOptions,
  ImportOutcome,
  MAX_REPORTED_ERRORS,
  plural,
  ReportedError,
  skippedSummary,
  skipsInvalidRows,
} from './importer';
import { CollectedRows } from './row-collector';
import { SkippedRows } from './skipped-rows';

/** What a format's writer did with one transaction's rows. */
export type WriteResult = {
  stored: number;
  summary: (duplicate: number) => string;
};

/** Thrown inside the transaction to roll it back and report `outcome` instead. */
class RollbackWith extends Error {
  constructor(readonly outcome: ImportOutcome) {
    super('import rolled back');
  }
}

/** storeCollected's input: the job, what was read of its file, the format's writer. */
type StoreCollectedInput<Row> = {
  dataSource: DataSource;
  departments: ImportDepartments;
  job: ImportJobEntity;
  collected: CollectedRows<Row>;
  write: (
    manager: EntityManager,
    rowsByDepartmentId: Map<string, (Row & { line: number })[]>,
  ) => Promise<WriteResult>;
};

/**
 * The part every importer shares once a file is read: refuse it when any row
 * had an error; otherwise, in one transaction, resolve its departments (which
 * may refuse it too, rolling back departments created on the way), group the
 * rows by department and let the format's `write` store them.
 * Under invalidRows: SKIP, rows with problems (and rows naming a department
 * that cannot be resolved) are listed in import_skipped_row instead, and the
 * rest is stored; a dry run does all of it and rolls the writes back,
 * keeping the list.
 */
export async function storeCollected<Row extends { department: string }>({
  dataSource,
  departments,
  job,
  collected,
  write,
}: StoreCollectedInput<Row>): Promise<ImportOutcome> {
  const { rowsRead, mappedToOther } = collected;
  const options = job.options as ImportJobOptions;
  if (collected.errors.length > 0)
    return failedOutcome(rowsRead, collected.errors, mappedToOther);
  try {
    return await dataSource.transaction(async (manager) => {
      const resolution = await departments.resolveMentions(
        manager,
        job.organizationId,
        collected.departments,
        options,
      );
      let rows = collected.rows;
      const skippedProblems = [...collected.skipped];
      if (resolution.errors.length > 0) {
        if (!skipsInvalidRows(options))
          throw new RollbackWith(
            failedOutcome(rowsRead, resolution.errors, mappedToOther),
          );
        rows = skipRefusedDepartments(rows, resolution.errors, skippedProblems);
      }
      const skipped = new SkippedRows({
        organizationId: job.organizationId,
        jobId: job.id,
      });
      const sql = (text: string, parameters?: unknown[]) =>
        manager.query(text, parameters);
      for (const problems of skippedProblems) skipped.add(problems);
      await skipped.flush(sql);
      if (rows.length === 0 && skipped.rows > 0) {
        throw new RollbackWith(
          allRowsInvalid(
            rowsRead,
            await skipped.first(sql, MAX_REPORTED_ERRORS),
            skipped.problems,
            mappedToOther,
          ),
        );
      }
      const { idByKey, created } = resolution;
      // A dry run's writes (departments created on the way included) are undone; the skipped list stays.
      if (options.dryRun) await manager.query('SAVEPOINT import_dry_run');
      await resolution.flush();
      const { stored, summary } = await write(
        manager,
        groupByDepartment(rows, idByKey),
      );
      if (options.dryRun)
        await manager.query('ROLLBACK TO SAVEPOINT import_dry_run');
      const duplicate = rows.length - stored;
      const outcome: ImportOutcome = {
        ok: true,
        rowsRead,
        rowsStored: stored,
        rowsDuplicate: duplicate,
        rowsSkipped: skipped.rows,
        errors: await skipped.first(sql, MAX_REPORTED_ERRORS),
        errorCount: skipped.problems,
        mappedToOther,
        message: `${summary(duplicate)}${createdNote(created)}${skippedSummary(skipped.rows)}`,
      };
      return options.dryRun ? asDryRun(outcome) : outcome;
    });
  } catch (error) {
    if (error instanceof RollbackWith) return error.outcome;
    throw error;
  }
}

/**
 * Every row of a department that cannot be used is skipped, each with the
 * department's problem (added to `skippedProblems`, kept in line order);
 * the other rows.
 */
function skipRefusedDepartments<Row extends { department: string }>(
  rows: (Row & { line: number })[],
  errors: ReportedError[],
  skippedProblems: ImportError[][],
): (Row & { line: number })[] {
  const refused = new Map(
    errors.map((error) => [
      departmentNameKey(String(error.value ?? '')),
      error,
    ]),
  );
  const kept = rows.filter((row) => {
    const error = refused.get(departmentNameKey(row.department));
    if (error)
      skippedProblems.push([
        { ...error, line: row.line, value: row.department },
      ]);
    return !error;
  });
  skippedProblems.sort((a, b) => a[0].line - b[0].line);
  return kept;
}

/** The rows by their department's id, for the format's writer. */
function groupByDepartment<Row extends { department: string }>(
  rows: (Row & { line: number })[],
  idByKey: Map<string, string>,
): Map<string, (Row & { line: number })[]> {
  const byDepartment = new Map<string, (Row & { line: number })[]>();
  for (const row of rows) {
    const id = idByKey.get(departmentNameKey(row.department))!;
    const list = byDepartment.get(id);
    if (list) list.push(row);
    else byDepartment.set(id, [row]);
  }
  return byDepartment;
}

/** The report's note of the departments the import created, or ''. */
function createdNote(created: string[]): string {
  return created.length > 0
    ? ` Created ${plural(created.length, 'department')}: ${created.join(', ')}.`
    : '';
}
