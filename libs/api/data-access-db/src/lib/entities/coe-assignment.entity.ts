import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';

// One person in one of the seven CoE roles (domain §7).
@Entity({ name: 'coe_assignment' })
@Index('coe_assignment_uq', ['organizationId', 'role', 'assigneeKey'], {
  unique: true,
})
export class CoeAssignmentEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  role!: string;

  @Column({ type: 'text' })
  assignee!: string;

  /** The name folded (trimmed, case-insensitive) so one person is in a role once. */
  @Column({ name: 'assignee_key', type: 'text' })
  assigneeKey!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
