import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { WeeklyMetricEntity } from '@esm-planner/api-data-access-db';
import type { ImportJobEntity } from '@esm-planner/api-data-access-db';
import {
  findDuplicateMetricsRows,
  mapHeader,
  METRICS_COLUMNS,
  MetricsRow,
  parseMetricsRow,
} from '@esm-planner/domain-imports';
import type { ColumnMappingInput } from '@esm-planner/domain-imports';
import { ImportDepartments } from '../import-departments';
import { mappedRowReader } from './mapped/mapped-row-reader';
import {
  Importer,
  ImportJobOptions,
  ImportOutcome,
  plural,
  skipsInvalidRows,
} from './importer';
import { collectRows, FileReader } from './row-collector';
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
    const reader = await this.reader(job);
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

  /** The format's own header and row rules, or the job's column mapping. */
  private async reader(job: ImportJobEntity): Promise<FileReader<MetricsRow>> {
    if (!job.mapping)
      return {
        mapHeader: (header: string[]) =>
          mapHeader({ header, columns: METRICS_COLUMNS }),
        parseRow: parseMetricsRow,
      } as unknown as FileReader<MetricsRow>;
    const [organization] = await this.dataSource.query(
      'SELECT time_zone FROM organization WHERE organization_id = $1',
      [job.organizationId],
    );
    return mappedRowReader(
      job.mapping as unknown as ColumnMappingInput,
      'METRICS',
      organization?.time_zone ?? 'UTC',
    );
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
