import {
  Column,
  Entity,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';

const decimal = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

// One request (data format 2), keyed for idempotency by organisation, source
// system and the source's own id; loaded with COPY, merged in one statement.
// Partitioned by month of opened_at (migration partition-request-facts-by-
// month, decision 0024): every unique key holds opened_at, so the external
// id is unique by the import's merge lock, found through a plain index.
@Entity({ name: 'request_fact' })
@Index('request_fact_source_idx', ['organizationId', 'source', 'externalId'])
@Index('request_fact_department_opened_idx', [
  'organizationId',
  'departmentId',
  'openedAt',
])
export class RequestFactEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  source!: string;

  @Column({ name: 'external_id', type: 'text' })
  externalId!: string;

  @Column({ name: 'department_id', type: 'uuid' })
  departmentId!: string;

  @Column({ name: 'request_type', type: 'text' })
  requestType!: string;

  @Column({ type: 'text' })
  channel!: string;

  @PrimaryColumn({ name: 'opened_at', type: 'timestamptz' })
  openedAt!: Date;

  @Column({ name: 'first_response_at', type: 'timestamptz', nullable: true })
  firstResponseAt!: Date | null;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  resolution!: string | null;

  @Column({ name: 'sla_met', type: 'boolean', nullable: true })
  slaMet!: boolean | null;

  @Column({ type: 'boolean', nullable: true })
  reopened!: boolean | null;

  @Column({
    name: 'handling_minutes',
    type: 'numeric',
    nullable: true,
    transformer: decimal,
  })
  handlingMinutes!: number | null;

  @Column({ name: 'import_job_id', type: 'uuid', nullable: true })
  importJobId!: string | null;
}
