import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEntity, AuditRowEntity } from '@esm-planner/api-data-access-db';
import {
  AUDIT_COLUMNS,
  AuditRow,
  findDuplicateAuditRows,
  parseAuditRow,
} from '@esm-planner/domain-imports';
import { ImportDepartments } from '../import-departments';
import { aggregatedFileReader } from './aggregated-file-reader';
import {
  Importer,
  ImportJobOptions,
  ImportOutcome,
  plural,
  skipsInvalidRows,
} from './importer';
import { collectRows } from './row-collector';
import { storeCollected } from './store-collected';

const INSERT_SLICE = 2_000;

type StoredRow = Pick<
  AuditRowEntity,
  | 'requestType'
  | 'channel'
  | 'count'
  | 'avgHandlingMinutes'
  | 'avgFirstResponseHours'
>;

function rowKey(row: StoredRow): string {
  return [
    row.requestType,
    row.channel,
    row.count,
    row.avgHandlingMinutes ?? '',
    row.avgFirstResponseHours ?? '',
  ].join('\u0000');
}

/** The same rows in any order: re-importing them changes nothing. */
function sameRows(a: StoredRow[], b: StoredRow[]): boolean {
  const keys = a.map(rowKey).sort();
  return (
    a.length === b.length &&
    b
      .map(rowKey)
      .sort()
      .every((key, index) => key === keys[index])
  );
}

/**
 * Format 1 (data-formats.md §1): aggregated audit rows for one window. Each
 * department in the file gets its audit for that window, replacing the one
 * it had for the same window — all in one transaction, or nothing.
 */
@Injectable()
export class AuditImporter implements Importer {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly departments: ImportDepartments,
  ) {}

  async run({
    job,
    source,
    onRows,
  }: Parameters<Importer['run']>[0]): Promise<ImportOutcome> {
    const options = job.options as ImportJobOptions;
    const reader = await aggregatedFileReader<AuditRow>(this.dataSource, job, {
      kind: 'AUDIT',
      columns: AUDIT_COLUMNS,
      parseRow: parseAuditRow,
    });
    const collected = await collectRows({
      source,
      onRows,
      ...reader,
      skipInvalid: skipsInvalidRows(job.options as ImportJobOptions),
      findDuplicates: (rows) => findDuplicateAuditRows({ rows }),
    });
    return storeCollected({
      dataSource: this.dataSource,
      departments: this.departments,
      job,
      collected,
      write: async (manager, byDepartment) => {
        let stored = 0;
        for (const [departmentId, rows] of byDepartment) {
          if (
            await this.replaceAudit(manager, {
              organizationId: job.organizationId,
              departmentId,
              importJobId: job.id,
              options,
              rows,
            })
          ) {
            stored += rows.length;
          }
        }
        return {
          stored,
          summary: (duplicate) =>
            `Audit ${options.windowStart} – ${options.windowEnd} of ${plural(byDepartment.size, 'department')}: ${plural(stored, 'row')} stored, ${duplicate} unchanged.`,
        };
      },
    });
  }

  /** Replaces the department's audit for the window; false when it already held exactly these rows. */
  private async replaceAudit(
    manager: EntityManager,
    {
      organizationId,
      departmentId,
      importJobId,
      options,
      rows,
    }: {
      organizationId: string;
      departmentId: string;
      importJobId: string;
      options: ImportJobOptions;
      rows: AuditRow[];
    },
  ): Promise<boolean> {
    const window = {
      organizationId,
      departmentId,
      windowStart: options.windowStart!,
      windowEnd: options.windowEnd!,
    };
    const newRows: StoredRow[] = rows.map(
      ({
        requestType,
        channel,
        count,
        avgHandlingMinutes,
        avgFirstResponseHours,
      }) => ({
        requestType,
        channel,
        count,
        avgHandlingMinutes,
        avgFirstResponseHours,
      }),
    );
    const existing = await manager.findOne(AuditEntity, {
      where: window,
      relations: { rows: true },
    });
    // An audit built from request records is replaced by the file's rows even when they agree.
    if (
      existing &&
      existing.source === 'AUDIT' &&
      sameRows(existing.rows ?? [], newRows)
    )
      return false;
    if (existing)
      await manager.delete(AuditEntity, {
        organizationId: existing.organizationId,
        id: existing.id,
      });
    const audit = await manager.save(
      manager.create(AuditEntity, { ...window, importJobId }),
    );
    // In slices: one INSERT may carry at most 65,535 parameters.
    for (let start = 0; start < newRows.length; start += INSERT_SLICE) {
      const slice = newRows.slice(start, start + INSERT_SLICE);
      await manager.insert(
        AuditRowEntity,
        slice.map((row) => ({ ...row, organizationId, auditId: audit.id })),
      );
    }
    return true;
  }
}
