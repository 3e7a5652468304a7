import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { BusinessCaseEntity } from './business-case.entity';

/**
 * One saved state of a business case. `input` holds what the user entered:
 * global figures (loadedHourlyCost, oneTimeCosts, changeManagementCost, …)
 * and per-department overrides; values left out follow their defaults
 * (latest audit, roadmap, benchmark) when the case is evaluated.
 */
@Entity({ name: 'business_case_version' })
@Index(
  'business_case_version_uq',
  ['organizationId', 'businessCaseId', 'version'],
  { unique: true },
)
export class BusinessCaseVersionEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'business_case_id', type: 'uuid' })
  businessCaseId!: string;

  @ManyToOne(
    () => BusinessCaseEntity,
    (businessCase) => businessCase.versions,
    { onDelete: 'CASCADE' },
  )
  @JoinColumn([
    { name: 'organization_id', referencedColumnName: 'organizationId' },
    { name: 'business_case_id', referencedColumnName: 'id' },
  ])
  businessCase?: BusinessCaseEntity;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'jsonb' })
  input!: Record<string, unknown>;

  @Column({ name: 'saved_by', type: 'uuid', nullable: true })
  savedBy!: string | null;

  @CreateDateColumn({ name: 'saved_at', type: 'timestamptz' })
  savedAt!: Date;
}
