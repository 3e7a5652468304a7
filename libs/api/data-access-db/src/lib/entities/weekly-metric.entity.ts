import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { DepartmentEntity } from './department.entity';

const decimal = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

// Imported weekly figures (data format 3), one row per department and week.
@Entity({ name: 'weekly_metric' })
@Index(
  'weekly_metric_department_week_uq',
  ['organizationId', 'departmentId', 'weekStart'],
  { unique: true },
)
export class WeeklyMetricEntity {
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

  @Column({ name: 'week_start', type: 'date' })
  weekStart!: string;

  @Column({ type: 'integer' })
  total!: number;

  @Column({ type: 'integer' })
  deflected!: number;

  @Column({ name: 'no_touch', type: 'integer', nullable: true })
  noTouch!: number | null;

  @Column({ type: 'integer', nullable: true })
  resolved!: number | null;

  @Column({ name: 'sla_met', type: 'integer', nullable: true })
  slaMet!: number | null;

  @Column({ name: 'sla_tracked', type: 'integer', nullable: true })
  slaTracked!: number | null;

  @Column({
    name: 'mean_resolution_hours',
    type: 'numeric',
    nullable: true,
    transformer: decimal,
  })
  meanResolutionHours!: number | null;

  @Column({ name: 'import_job_id', type: 'uuid', nullable: true })
  importJobId!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
