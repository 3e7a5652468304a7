import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { DepartmentEntity } from './department.entity';

const decimal = {
  to: (value: number) => value,
  from: (value: string) => Number(value),
};

// The deflection benchmark an organisation set for one of its departments
// (domain §3, setDeflectionBenchmark). No row = the published figure for the
// department's kind (or the 0.30 assumption); setting null deletes the row.
@Entity({ name: 'department_benchmark' })
@Check(
  'department_benchmark_range_check',
  `"deflection_benchmark" > 0 AND "deflection_benchmark" <= 1`,
)
export class DepartmentBenchmarkEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @PrimaryColumn({ name: 'department_id', type: 'uuid' })
  departmentId!: string;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'organization_id', referencedColumnName: 'organizationId' },
    { name: 'department_id', referencedColumnName: 'id' },
  ])
  department?: DepartmentEntity;

  /** A fraction in (0, 1]. */
  @Column({
    name: 'deflection_benchmark',
    type: 'numeric',
    transformer: decimal,
  })
  deflectionBenchmark!: number;

  /** Who set it: the user, or null for the instance administrator (ADMIN_TOKEN). */
  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
