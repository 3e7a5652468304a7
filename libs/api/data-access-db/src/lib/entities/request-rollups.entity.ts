import { Column, Entity, PrimaryColumn } from 'typeorm';

// bigint comes back from pg as text; sums of milliseconds stay far below 2^53.
const bigintNumber = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

// Request counts per department and LOCAL day (the organisation's time zone):
// weeks and months are sums of days, so serviceMetrics reads a few hundred
// rows whatever the number of requests. Rebuilt by every request import for
// the (department, day) keys it changed, from request_fact, in the import's
// transaction.
@Entity({ name: 'request_day_rollup' })
export class RequestDayRollupEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @PrimaryColumn({ name: 'department_id', type: 'uuid' })
  departmentId!: string;

  @PrimaryColumn({ type: 'date' })
  day!: string;

  @Column({ type: 'integer' })
  total!: number;

  @Column({ type: 'integer' })
  deflected!: number;

  @Column({ name: 'no_touch', type: 'integer' })
  noTouch!: number;

  @Column({ type: 'integer' })
  resolved!: number;

  @Column({ name: 'sla_met', type: 'integer' })
  slaMet!: number;

  @Column({ name: 'sla_tracked', type: 'integer' })
  slaTracked!: number;

  /** Reopened among the resolved requests (domain §3). */
  @Column({ type: 'integer' })
  reopened!: number;

  /** Σ (resolved_at − opened_at) in milliseconds over the resolved requests: the exact MTTR numerator. */
  @Column({
    name: 'resolution_ms_sum',
    type: 'bigint',
    transformer: bigintNumber,
  })
  resolutionMsSum!: number;
}

// Exact nearest-rank median and P90 of resolution time per department and
// local week / month: percentiles do not add up from days, so they are
// computed at import time for the periods the import touched.
@Entity({ name: 'request_period_resolution' })
export class RequestPeriodResolutionEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @PrimaryColumn({ name: 'department_id', type: 'uuid' })
  departmentId!: string;

  /** WEEK or MONTH. */
  @PrimaryColumn({ type: 'text' })
  grain!: string;

  @PrimaryColumn({ name: 'period_start', type: 'date' })
  periodStart!: string;

  @Column({ type: 'integer' })
  resolved!: number;

  @Column({ name: 'median_ms', type: 'bigint', transformer: bigintNumber })
  medianMs!: number;

  @Column({ name: 'p90_ms', type: 'bigint', transformer: bigintNumber })
  p90Ms!: number;
}

// Requests per department, local day and channel (volume by channel).
@Entity({ name: 'request_day_channel' })
export class RequestDayChannelEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @PrimaryColumn({ name: 'department_id', type: 'uuid' })
  departmentId!: string;

  @PrimaryColumn({ type: 'date' })
  day!: string;

  @PrimaryColumn({ type: 'text' })
  channel!: string;

  @Column({ type: 'integer' })
  count!: number;
}

// Requests per department, local day and request type.
@Entity({ name: 'request_day_type' })
export class RequestDayTypeEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @PrimaryColumn({ name: 'department_id', type: 'uuid' })
  departmentId!: string;

  @PrimaryColumn({ type: 'date' })
  day!: string;

  @PrimaryColumn({ name: 'request_type', type: 'text' })
  requestType!: string;

  @Column({ type: 'integer' })
  count!: number;
}
