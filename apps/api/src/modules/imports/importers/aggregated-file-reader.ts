import type { DataSource } from 'typeorm';
import type { ImportJobEntity } from '@esm-planner/api-data-access-db';
import { mapHeader } from '@esm-planner/domain-imports';
import type {
  ColumnMappingInput,
  ColumnSpec,
} from '@esm-planner/domain-imports';
import { mappedRowReader } from './mapped/mapped-row-reader';
import type { FileReader } from './row-collector';

/**
 * How an aggregated file (an audit, weekly metrics) is read: by its format's
 * own header and row rules, or, when the job names a column mapping,
 * through the mapping engine in the organisation's time zone (naive
 * timestamps in the file are the organisation's local times).
 */
export async function aggregatedFileReader<Row>(
  dataSource: DataSource,
  job: ImportJobEntity,
  format: {
    kind: 'AUDIT' | 'METRICS';
    columns: readonly ColumnSpec[];
    parseRow: (...args: never[]) => unknown;
  },
): Promise<FileReader<Row>> {
  if (!job.mapping)
    return {
      mapHeader: (header: string[]) =>
        mapHeader({ header, columns: format.columns }),
      parseRow: format.parseRow,
    } as unknown as FileReader<Row>;
  const [organization] = await dataSource.query(
    'SELECT time_zone FROM organization WHERE organization_id = $1',
    [job.organizationId],
  );
  return mappedRowReader(
    job.mapping as unknown as ColumnMappingInput,
    format.kind,
    organization?.time_zone ?? 'UTC',
  ) as unknown as FileReader<Row>;
}
