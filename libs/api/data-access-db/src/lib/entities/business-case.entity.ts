import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  OneToMany,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { BusinessCaseVersionEntity } from './business-case-version.entity';

// A saved business case (domain §8); every save adds a version, so the
// history of assumptions is kept.
@Entity({ name: 'business_case' })
// Found by the id a client names, before its organisation is known (the
// primary key leads with organization_id): docs/scaling.md.
@Index('business_case_id_idx', ['id'])
@Index('business_case_organization_idx', ['organizationId', 'createdAt'])
export class BusinessCaseEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @OneToMany(() => BusinessCaseVersionEntity, (version) => version.businessCase)
  versions?: BusinessCaseVersionEntity[];
}
