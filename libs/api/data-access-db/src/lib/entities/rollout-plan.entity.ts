import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { DepartmentEntity } from './department.entity';

// A department's 90-day rollout plan (domain §4): one per department. The
// phase it is in moves only through advancePhase, when the gate holds.
@Entity({ name: 'rollout_plan' })
// Found by the id a client names, before its organisation is known (the
// primary key leads with organization_id): docs/scaling.md.
@Index('rollout_plan_id_idx', ['id'])
@Index('rollout_plan_department_uq', ['organizationId', 'departmentId'], {
  unique: true,
})
export class RolloutPlanEntity {
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

  /** Day 1 of the plan (as entered; a business-day plan begins on the next weekday). */
  @Column({ name: 'start_date', type: 'date' })
  startDate!: string;

  @Column({ name: 'business_days', type: 'boolean', default: false })
  businessDays!: boolean;

  /**
   * The CoE chose to start it although it breaks the roadmap's capacity
   * (createRolloutPlan's allowOverCapacity): the record of that choice. The
   * roadmap judges overCapacity afresh from the dates and today's capacity.
   */
  @Column({ name: 'allow_over_capacity', type: 'boolean', default: false })
  allowOverCapacity!: boolean;

  /** AUDIT_AND_DESIGN … FULL_ROLLOUT_AND_EXPAND: the phase the gates have let it into. */
  @Column({ name: 'current_phase', type: 'text', default: 'AUDIT_AND_DESIGN' })
  currentPhase!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
