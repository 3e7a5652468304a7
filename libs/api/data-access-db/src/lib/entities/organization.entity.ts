import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** A steering-group member; departmentId null for someone outside any department. */
export type SteeringGroupMemberValue = {
  name: string;
  departmentId: string | null;
};

// The tenant. Its key column is named organization_id like every other
// table's, so a distributed database can co-locate it with its rows.
@Entity({ name: 'organization' })
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid', { name: 'organization_id' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'time_zone', type: 'text', default: 'UTC' })
  timeZone!: string;

  @Column({ type: 'char', length: 3, default: 'USD' })
  currency!: string;

  /** The programme's executive sponsor (a person); null until named. */
  @Column({ name: 'executive_sponsor', type: 'text', nullable: true })
  executiveSponsor!: string | null;

  /** The cross-functional steering group: each member with the department they speak for. */
  @Column({ name: 'steering_group', type: 'jsonb', default: () => "'[]'" })
  steeringGroup!: SteeringGroupMemberValue[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
