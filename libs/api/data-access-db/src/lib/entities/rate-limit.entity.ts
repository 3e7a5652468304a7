import { Column, Entity, PrimaryColumn } from 'typeorm';

// The shared counters of the sign-in and token-use limits
// (rate-limiter-flexible's RateLimiterPostgres layout: key, points, expire in
// epoch milliseconds). Instance-level like app_user: a counter is keyed by an
// account or a client address, never by an organisation. Rows past `expire`
// are swept by the API (apps/api/src/modules/auth/rate-limits.service.ts).
@Entity({ name: 'rate_limit' })
export class RateLimitEntity {
  @PrimaryColumn({ type: 'varchar', length: 255 })
  key!: string;

  @Column({ type: 'integer', default: 0 })
  points!: number;

  @Column({ type: 'bigint', nullable: true })
  expire!: string | null;
}
