import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { WeeklyMetricEntity } from '@esm-planner/api-data-access-db';
import {
  findDuplicateMetricsRows,
  METRICS_COLUMNS,
  MetricsRow,
  parseMetricsRow,
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

const FIGURES = [
  'total',
  'deflected',
  'noTouch',
  'resolved',
  'slaMet',
  'slaTracked',
  'meanResolutionHours',
] as const;

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

  async run({
    job,
    source,
    onRows,
  }: Parameters<Importer['run']>[0]): Promise<ImportOutcome> {
    const reader = await aggregatedFileReader<MetricsRow>(
      this.dataSource,
      job,
      {
        kind: 'METRICS',
        columns: METRICS_COLUMNS,
        parseRow: parseMetricsRow,
      },
    );
    const collected = await collectRows({
      source,
      onRows,
      ...reader,
      skipInvalid: skipsInvalidRows(job.options as ImportJobOptions),
      findDuplicates: (rows) => findDuplicateMetricsRows({ rows }),
    });
    return storeCollected({
      dataSource: this.dataSource,
      departments: this.departments,
      job,
      collected,
      write: async (manager, byDepartment) => {
        let stored = 0;
        for (const [departmentId, rows] of byDepartment) {
          for (const row of rows) {
            if (
              await this.upsert(manager, {
                organizationId: job.organizationId,
                departmentId,
                importJobId: job.id,
                row,
              })
            )
              stored += 1;
          }
        }
        return {
          stored,
          summary: (duplicate) =>
            `Weekly metrics: ${plural(stored, 'week')} stored, ${duplicate} unchanged.`,
        };
      },
    });
  }

  /** Inserts or updates the week; false when it already held these figures. */
  private async upsert(
    manager: EntityManager,
    {
      organizationId,
      departmentId,
      importJobId,
      row,
    }: {
      organizationId: string;
      departmentId: string;
      importJobId: string;
      row: MetricsRow;
    },
  ): Promise<boolean> {
    const key = { organizationId, departmentId, weekStart: row.weekStart };
    const figures = Object.fromEntries(
      FIGURES.map((field) => [field, row[field]]),
    ) as Pick<MetricsRow, (typeof FIGURES)[number]>;
    const existing = await manager.findOneBy(WeeklyMetricEntity, key);
    if (
      existing &&
      FIGURES.every((field) => existing[field] === figures[field])
    )
      return false;
    if (existing)
      await manager.update(
        WeeklyMetricEntity,
        { organizationId, id: existing.id },
        { ...figures, importJobId },
      );
    else
      await manager.insert(WeeklyMetricEntity, {
        ...key,
        ...figures,
        importJobId,
      });
    return true;
  }
}
