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
import { RolloutPlanEntity } from './rollout-plan.entity';

// A task of a rollout plan: the standard ones are seeded (with their key),
// the CoE and the department head add, rename, reassign and tick them.
@Entity({ name: 'rollout_task' })
// Found by the id a client names, before its organisation is known (the
// primary key leads with organization_id): docs/scaling.md.
@Index('rollout_task_id_idx', ['id'])
@Index('rollout_task_plan_position_idx', [
  'organizationId',
  'planId',
  'position',
])
export class RolloutTaskEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  @ManyToOne(() => RolloutPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'organization_id', referencedColumnName: 'organizationId' },
    { name: 'plan_id', referencedColumnName: 'id' },
  ])
  plan?: RolloutPlanEntity;

  /** The standard task it was seeded from (standardTasks key); null for added tasks. */
  @Column({ name: 'standard_key', type: 'text', nullable: true })
  standardKey!: string | null;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  phase!: string;

  @Column({ type: 'text', nullable: true })
  owner!: string | null;

  /** Overrides the end of the task's phase; null = due at the phase end. */
  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate!: string | null;

  @Column({ type: 'boolean', default: false })
  done!: boolean;

  @Column({ name: 'done_at', type: 'timestamptz', nullable: true })
  doneAt!: Date | null;

  @Column({ type: 'integer' })
  position!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
