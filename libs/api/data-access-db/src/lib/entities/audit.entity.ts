import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { AuditRowEntity } from './audit-row.entity';
import { DepartmentEntity } from './department.entity';

// One department's audit over one window; a re-import of the same window
// replaces it, other windows are kept as the baseline's history.
@Entity({ name: 'audit' })
@Index('audit_department_window_uq', ['organizationId', 'departmentId', 'windowStart', 'windowEnd'], { unique: true })
export class AuditEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'department_id', type: 'uuid' })
  departmentId!: string;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'department_id' })
  department?: DepartmentEntity;

  @Column({ name: 'window_start', type: 'date' })
  windowStart!: string;

  @Column({ name: 'window_end', type: 'date' })
  windowEnd!: string;

  @Column({ name: 'import_job_id', type: 'uuid', nullable: true })
  importJobId!: string | null;

  @CreateDateColumn({ name: 'imported_at', type: 'timestamptz' })
  importedAt!: Date;

  @OneToMany(() => AuditRowEntity, (row) => row.audit)
  rows?: AuditRowEntity[];
}
