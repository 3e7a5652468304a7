import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { DepartmentEntity } from './department.entity';
import { MembershipEntity } from './membership.entity';

// The departments a DEPARTMENT_HEAD owns (api.md "Who may do what").
@Entity({ name: 'membership_department' })
@Index('membership_department_organization_idx', ['organizationId'])
export class MembershipDepartmentEntity {
  @PrimaryColumn({ name: 'membership_id', type: 'uuid' })
  membershipId!: string;

  @PrimaryColumn({ name: 'department_id', type: 'uuid' })
  departmentId!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => MembershipEntity, (membership) => membership.departments, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'membership_id' })
  membership?: MembershipEntity;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'department_id' })
  department?: DepartmentEntity;
}
