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
import { OrganizationEntity } from './organization.entity';

@Entity({ name: 'department' })
// Found by the id a client names, before its organisation is known (the
// primary key leads with organization_id): docs/scaling.md.
@Index('department_id_idx', ['id'])
@Index('department_organization_name_key_uq', ['organizationId', 'nameKey'], {
  unique: true,
})
export class DepartmentEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'text' })
  name!: string;

  // departmentNameKey(name): what makes two names "the same department".
  @Column({ name: 'name_key', type: 'text' })
  nameKey!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text', default: 'PLANNED' })
  status!: string;

  // null = the kind's default word (domain §1).
  @Column({ type: 'text', nullable: true })
  vocabulary!: string | null;

  @Column({ name: 'service_owner', type: 'text', nullable: true })
  serviceOwner!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
