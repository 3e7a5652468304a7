import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { WeeklyMetricEntity } from '@esm-planner/api-data-access-db';
import { departmentNameKey } from '@esm-planner/domain-departments';
import { findDuplicateMetricsRows, mapHeader, METRICS_COLUMNS, MetricsRow, parseMetricsRow } from '@esm-planner/domain-imports';
import { ImportDepartments } from '../import-departments';
import { failedOutcome, Importer, ImportJobOptions, ImportOutcome, inTransaction, plural, RollbackWith } from './importer';
import { collectRows } from './row-collector';

const FIGURES = ['total', 'deflected', 'noTouch', 'resolved', 'slaMet', 'slaTracked', 'meanResolutionHours'] as const;

/**
 * Format 3 (data-formats.md §3): weekly figures per department, upserted by
 * department and week in one transaction; an identical week is a duplicate.
 */
@Injectable()
export class MetricsImporter implements Importer {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly departments: ImportDepartments,
  ) {}

  async run({ job, source, onRows }: Parameters<Importer['run']>[0]): Promise<ImportOutcome> {
    const options = job.options as ImportJobOptions;
    const collected = await collectRows({
      source,
      onRows,
      mapHeader: (header) => mapHeader({ header, columns: METRICS_COLUMNS }),
      parseRow: parseMetricsRow,
      findDuplicates: (rows) => findDuplicateMetricsRows({ rows }),
    });
    if (collected.errors.length > 0) return failedOutcome(collected.rowsRead, collected.errors);
    return inTransaction(this.dataSource, async (manager) => {
      const resolution = await this.departments.resolve(manager, job.organizationId, collected.departments, options);
      if (!resolution.ok) throw new RollbackWith(failedOutcome(collected.rowsRead, resolution.errors));
      let stored = 0;
      for (const row of collected.rows) {
        const departmentId = resolution.idByKey.get(departmentNameKey(row.department))!;
        if (await this.upsert(manager, { organizationId: job.organizationId, departmentId, importJobId: job.id, row })) stored += 1;
      }
      const duplicate = collected.rows.length - stored;
      const created = resolution.created.length > 0 ? ` Created ${plural(resolution.created.length, 'department')}: ${resolution.created.join(', ')}.` : '';
      return {
        ok: true,
        rowsRead: collected.rowsRead,
        rowsStored: stored,
        rowsDuplicate: duplicate,
        errors: [],
        mappedToOther: [],
        message: `Weekly metrics: ${plural(stored, 'week')} stored, ${duplicate} unchanged.${created}`,
      };
    });
  }

  /** Inserts or updates the week; false when it already held these figures. */
  private async upsert(
    manager: EntityManager,
    { organizationId, departmentId, importJobId, row }: { organizationId: string; departmentId: string; importJobId: string; row: MetricsRow },
  ): Promise<boolean> {
    const key = { organizationId, departmentId, weekStart: row.weekStart };
    const figures = Object.fromEntries(FIGURES.map((field) => [field, row[field]])) as Pick<MetricsRow, (typeof FIGURES)[number]>;
    const existing = await manager.findOneBy(WeeklyMetricEntity, key);
    if (existing && FIGURES.every((field) => existing[field] === figures[field])) return false;
    if (existing) await manager.update(WeeklyMetricEntity, { id: existing.id }, { ...figures, importJobId });
    else await manager.insert(WeeklyMetricEntity, { ...key, ...figures, importJobId });
    return true;
  }
}
