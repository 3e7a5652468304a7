import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { AuditRowEntity } from './audit-row.entity';
import { DepartmentEntity } from './department.entity';

const decimal = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

// One department's audit over one window; a re-import of the same window
// replaces it, other windows are kept as the baseline's history. Its rows
// come from an audit file (AUDIT) or from the request records opened in
// the window (REQUESTS: createAuditFromRequests, which also keeps the exact
// median and P90 of first response over those records).
@Entity({ name: 'audit' })
@Check('audit_source_check', `"source" IN ('AUDIT', 'REQUESTS')`)
@Index(
  'audit_department_window_uq',
  ['organizationId', 'departmentId', 'windowStart', 'windowEnd'],
  { unique: true },
)
export class AuditEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'department_id', type: 'uuid' })
  departmentId!: string;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'organization_id', referencedColumnName: 'organizationId' },
    { name: 'department_id', referencedColumnName: 'id' },
  ])
  department?: DepartmentEntity;

  @Column({ name: 'window_start', type: 'date' })
  windowStart!: string;

  @Column({ name: 'window_end', type: 'date' })
  windowEnd!: string;

  @Column({ name: 'import_job_id', type: 'uuid', nullable: true })
  importJobId!: string | null;

  @Column({ type: 'text', default: 'AUDIT' })
  source!: string;

  @Column({
    name: 'median_first_response_hours',
    type: 'numeric',
    nullable: true,
    transformer: decimal,
  })
  medianFirstResponseHours!: number | null;

  @Column({
    name: 'p90_first_response_hours',
    type: 'numeric',
    nullable: true,
    transformer: decimal,
  })
  p90FirstResponseHours!: number | null;

  @CreateDateColumn({ name: 'imported_at', type: 'timestamptz' })
  importedAt!: Date;

  @OneToMany(() => AuditRowEntity, (row) => row.audit)
  rows?: AuditRowEntity[];
}
