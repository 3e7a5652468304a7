import { Field, ID, InputType } from '@nestjs/graphql';
import type {
  DepartmentKind,
  DepartmentStatus,
} from '@esm-planner/domain-departments';
import { DepartmentKindEnum, DepartmentStatusEnum } from './department.enums';

@InputType()
export class CreateDepartmentInput {
  @Field(() => ID)
  organizationId!: string;

  @Field()
  name!: string;

  @Field(() => DepartmentKindEnum)
  kind!: DepartmentKind;

  @Field(() => String, {
    nullable: true,
    description:
      'Defaults to the kind’s word (IT "ticket", LEGAL "matter", …).',
  })
  vocabulary?: string | null;

  @Field(() => String, { nullable: true })
  serviceOwner?: string | null;

  @Field(() => DepartmentStatusEnum, {
    nullable: true,
    description: 'Defaults to PLANNED.',
  })
  status?: DepartmentStatus | null;
}
