import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

// One problem of a row an import skipped (invalidRows: SKIP, data-formats §5):
// the whole list, where the job keeps only the first 100. Keyed by the
// organisation and the job, numbered in file order (line, then column).
@Entity({ name: 'import_skipped_row' })
@Index('import_skipped_row_line_idx', [
  'organizationId',
  'importJobId',
  'line',
  'column',
  'ordinal',
])
export class ImportSkippedRowEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @PrimaryColumn({ name: 'import_job_id', type: 'uuid' })
  importJobId!: string;

  // 1, 2, … in (line, column) order.
  @PrimaryColumn({ type: 'integer' })
  ordinal!: number;

  @Column({ type: 'integer' })
  line!: number;

  // 1-based; 0 when the problem concerns the whole row (so that the list
  // sorts and pages by (line, column) on one index).
  @Column({ name: 'column_number', type: 'integer' })
  column!: number;

  @Column({ type: 'text' })
  message!: string;

  @Column({ type: 'text', nullable: true })
  value!: string | null;
}
