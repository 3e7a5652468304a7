import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';

export type ImportJobReportValue = {
  field: string;
  value: string;
  count: number;
};
export type ImportJobErrorValue = {
  line: number;
  column: number | null;
  message: string;
  value?: string | null;
};

// One import: its options, its progress while it runs and its report after.
@Entity({ name: 'import_job' })
// Found by the id a client names, before its organisation is known (the
// primary key leads with organization_id): docs/scaling.md.
@Index('import_job_id_idx', ['id'])
@Index('import_job_organization_created_idx', ['organizationId', 'createdAt'])
@Index('import_job_status_idx', ['status'])
export class ImportJobEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text' })
  format!: string;

  @Column({ type: 'text', default: 'QUEUED' })
  status!: string;

  @Column({ name: 'file_name', type: 'text', nullable: true })
  fileName!: string | null;

  // windowStart, windowEnd, createDepartments, departmentMapping,
  // invalidRows, dryRun, allowedDepartmentIds.
  @Column({ type: 'jsonb', default: () => "'{}'" })
  options!: Record<string, unknown>;

  // The saved mapping the job was started with (null for a built-in or no mapping).
  @Column({ name: 'mapping_id', type: 'uuid', nullable: true })
  mappingId!: string | null;

  // A snapshot of the mapping the job ran with (saved or built-in), as it was
  // when the job started: a later edit of the mapping does not change it.
  @Column({ type: 'jsonb', nullable: true })
  mapping!: Record<string, unknown> | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({
    name: 'bytes_total',
    type: 'bigint',
    nullable: true,
    transformer: { to: (v) => v, from: (v) => (v === null ? null : Number(v)) },
  })
  bytesTotal!: number | null;

  @Column({
    name: 'bytes_read',
    type: 'bigint',
    default: 0,
    transformer: { to: (v) => v, from: (v) => Number(v) },
  })
  bytesRead!: number;

  @Column({ name: 'rows_read', type: 'integer', default: 0 })
  rowsRead!: number;

  @Column({ name: 'rows_stored', type: 'integer', default: 0 })
  rowsStored!: number;

  @Column({ name: 'rows_duplicate', type: 'integer', default: 0 })
  rowsDuplicate!: number;

  // Rows (or event-log cases) left out under invalidRows: SKIP; their
  // problems are in import_skipped_row.
  @Column({ name: 'rows_skipped', type: 'integer', default: 0 })
  rowsSkipped!: number;

  @Column({ name: 'error_count', type: 'integer', default: 0 })
  errorCount!: number;

  // The first 100 errors, in file order.
  @Column({ type: 'jsonb', default: () => "'[]'" })
  errors!: ImportJobErrorValue[];

  @Column({ name: 'mapped_to_other', type: 'jsonb', default: () => "'[]'" })
  mappedToOther!: ImportJobReportValue[];

  // Why a job failed as a whole (e.g. interrupted), or notes for the user.
  @Column({ type: 'text', nullable: true })
  message!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  // Refreshed while a job runs; a RUNNING job whose heartbeat stopped was
  // interrupted (the process died) and is marked FAILED.
  @Column({ name: 'heartbeat_at', type: 'timestamptz', nullable: true })
  heartbeatAt!: Date | null;
}
