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

const decimal = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

// A service in a department's catalogue (domain §7), named in the
// department's own vocabulary. Read by the rollout gates and the readiness
// check as well as the catalogue pages.
@Entity({ name: 'catalog_item' })
// Found by the id a client names, before its organisation is known (the
// primary key leads with organization_id): docs/scaling.md.
@Index('catalog_item_id_idx', ['id'])
@Index(
  'catalog_item_department_name_uq',
  ['organizationId', 'departmentId', 'nameKey'],
  { unique: true },
)
export class CatalogItemEntity {
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

  @Column({ type: 'text' })
  name!: string;

  /** The name folded for uniqueness (trimmed, case-insensitive). */
  @Column({ name: 'name_key', type: 'text' })
  nameKey!: string;

  @Column({ type: 'text', nullable: true })
  owner!: string | null;

  @Column({
    name: 'sla_target_hours',
    type: 'numeric',
    nullable: true,
    transformer: decimal,
  })
  slaTargetHours!: number | null;

  /** RESOLVE (automated end-to-end) or ROUTE (to a human queue); null until decided. */
  @Column({ name: 'fulfilment_mode', type: 'text', nullable: true })
  fulfilmentMode!: string | null;

  /** Audit request types this item serves (for catalogCoverage). */
  @Column({
    name: 'request_types',
    type: 'text',
    array: true,
    default: () => "'{}'",
  })
  requestTypes!: string[];

  /** Whether the process was reviewed (fixed) before it was automated — a readiness check. */
  @Column({ name: 'process_reviewed', type: 'boolean', default: false })
  processReviewed!: boolean;

  @Column({ name: 'last_reviewed_at', type: 'date', nullable: true })
  lastReviewedAt!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
