import {
  Column,
  Entity,
  JoinColumn,
  OneToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { OrganizationEntity } from './organization.entity';

const decimal = {
  to: (value: number) => value,
  from: (value: string) => Number(value),
};

// An organisation's roadmap settings (domain §6). No row = the defaults
// (RoadmapSettingsService); a saved row holds every value, so the numeric
// columns need no database default.
@Entity({ name: 'roadmap_settings' })
export class RoadmapSettingsEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @OneToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ name: 'max_concurrent_rollouts', type: 'integer', default: 1 })
  maxConcurrentRollouts!: number;

  @Column({
    name: 'stability_min_weekly_requests',
    type: 'integer',
    default: 50,
  })
  stabilityMinWeeklyRequests!: number;

  @Column({
    name: 'stability_min_mean_deflection',
    type: 'numeric',
    transformer: decimal,
  })
  stabilityMinMeanDeflection!: number;

  @Column({
    name: 'stability_max_std_deviation',
    type: 'numeric',
    transformer: decimal,
  })
  stabilityMaxStdDeviation!: number;

  /** Loaded cost of an agent hour for the priority score until a business case says otherwise. */
  @Column({ name: 'loaded_hourly_cost', type: 'numeric', transformer: decimal })
  loadedHourlyCost!: number;

  /** The CoE's order of department ids; empty = the default sequence. */
  @Column({
    name: 'department_order',
    type: 'uuid',
    array: true,
    default: () => "'{}'",
  })
  departmentOrder!: string[];

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
