import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';

/**
 * A rebuild of all of an organisation's request rollups in another time
 * zone: queued when an ADMIN changes the zone, run by the worker, which sets
 * the organisation's zone in the same transaction as the rebuilt rows.
 */
@Entity({ name: 'rollup_rebuild_job' })
// Found by the id a client names, before its organisation is known (the
// primary key leads with organization_id): docs/scaling.md.
@Index('rollup_rebuild_job_id_idx', ['id'])
@Index('rollup_rebuild_job_organization_created_idx', [
  'organizationId',
  'createdAt',
])
@Index('rollup_rebuild_job_status_idx', ['status'])
export class RollupRebuildJobEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** QUEUED, RUNNING, SUCCEEDED or FAILED. */
  @Column({ type: 'text', default: 'QUEUED' })
  status!: string;

  @Column({ name: 'time_zone', type: 'text' })
  timeZone!: string;

  @Column({ name: 'previous_time_zone', type: 'text' })
  previousTimeZone!: string;

  @Column({ name: 'months_total', type: 'integer', nullable: true })
  monthsTotal!: number | null;

  @Column({ name: 'months_done', type: 'integer', default: 0 })
  monthsDone!: number;

  @Column({ type: 'text', nullable: true })
  message!: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  /** Touched with each month rebuilt: a RUNNING job long untouched was interrupted. */
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}
