import { DataSource, EntityManager } from 'typeorm';
import type { ImportJobEntity } from '@esm-planner/api-data-access-db';
import { departmentNameKey } from '@esm-planner/domain-departments';
import { ImportDepartments } from '../import-departments';
import { failedOutcome, ImportJobOptions, ImportOutcome, plural } from './importer';
import { CollectedRows } from './row-collector';

/** What a format's writer did with one transaction's rows. */
export type WriteResult = { stored: number; summary: (duplicate: number) => string };

/** Thrown inside the transaction to roll it back and report `outcome` instead. */
class RollbackWith extends Error {
  constructor(readonly outcome: ImportOutcome) {
    super('import rolled back');
  }
}

/**
 * The part every importer shares once a file is read: refuse it when any row
 * had an error; otherwise, in one transaction, resolve its departments (which
 * may refuse it too, rolling back departments created on the way), group the
 * rows by department and let the format's `write` store them.
 */
export async function storeCollected<Row extends { department: string }>({
  dataSource,
  departments,
  job,
  collected,
  write,
}: {
  dataSource: DataSource;
  departments: ImportDepartments;
  job: ImportJobEntity;
  collected: CollectedRows<Row>;
  write: (manager: EntityManager, rowsByDepartmentId: Map<string, Row[]>) => Promise<WriteResult>;
}): Promise<ImportOutcome> {
  const { rowsRead, mappedToOther } = collected;
  if (collected.errors.length > 0) return failedOutcome(rowsRead, collected.errors, mappedToOther);
  try {
    return await dataSource.transaction(async (manager) => {
      const resolution = await departments.resolve(manager, job.organizationId, collected.departments, job.options as ImportJobOptions);
      if (!resolution.ok) throw new RollbackWith(failedOutcome(rowsRead, resolution.errors, mappedToOther));
      const byDepartment = new Map<string, Row[]>();
      for (const row of collected.rows) {
        const id = resolution.idByKey.get(departmentNameKey(row.department))!;
        const rows = byDepartment.get(id);
        if (rows) rows.push(row);
        else byDepartment.set(id, [row]);
      }
      const { stored, summary } = await write(manager, byDepartment);
      const duplicate = collected.rows.length - stored;
      const created = resolution.created.length > 0 ? ` Created ${plural(resolution.created.length, 'department')}: ${resolution.created.join(', ')}.` : '';
      return { ok: true, rowsRead, rowsStored: stored, rowsDuplicate: duplicate, errors: [], mappedToOther, message: `${summary(duplicate)}${created}` };
    });
  } catch (error) {
    if (error instanceof RollbackWith) return error.outcome;
    throw error;
  }
}
