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

// A request to change the platform or a service (domain §7), ranked by
// value ÷ effort. Declined requests are kept with their reason.
@Entity({ name: 'enhancement_request' })
// Found by the id a client names, before its organisation is known (the
// primary key leads with organization_id): docs/scaling.md.
@Index('enhancement_request_id_idx', ['id'])
@Index('enhancement_request_organization_idx', ['organizationId', 'createdAt'])
export class EnhancementRequestEntity {
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
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  /** 1–10. */
  @Column({ type: 'integer' })
  value!: number;

  /** 1–10. */
  @Column({ type: 'integer' })
  effort!: number;

  @Column({ type: 'text', default: 'NEW' })
  status!: string;

  @Column({ name: 'decline_reason', type: 'text', nullable: true })
  declineReason!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
