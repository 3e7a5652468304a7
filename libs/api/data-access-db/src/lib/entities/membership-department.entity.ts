import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { DepartmentEntity } from './department.entity';
import { MembershipEntity } from './membership.entity';

// The departments a DEPARTMENT_HEAD owns (api.md "Who may do what").
@Entity({ name: 'membership_department' })
export class MembershipDepartmentEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @PrimaryColumn({ name: 'membership_id', type: 'uuid' })
  membershipId!: string;

  @PrimaryColumn({ name: 'department_id', type: 'uuid' })
  departmentId!: string;

  @ManyToOne(() => MembershipEntity, (membership) => membership.departments, {
    onDelete: 'CASCADE',
  })
  @JoinColumn([
    { name: 'organization_id', referencedColumnName: 'organizationId' },
    { name: 'membership_id', referencedColumnName: 'id' },
  ])
  membership?: MembershipEntity;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'organization_id', referencedColumnName: 'organizationId' },
    { name: 'department_id', referencedColumnName: 'id' },
  ])
  department?: DepartmentEntity;
}
