import { Field, InputType } from '@nestjs/graphql';
import type {
  DepartmentKind,
  DepartmentStatus,
} from '@esm-planner/domain-departments';
import { DepartmentKindEnum, DepartmentStatusEnum } from './department.enums';

@InputType({
  description:
    'Only the fields given change; null clears vocabulary or service owner.',
})
export class UpdateDepartmentInput {
  @Field({ nullable: true })
  name?: string;

  @Field(() => DepartmentKindEnum, { nullable: true })
  kind?: DepartmentKind;

  @Field(() => DepartmentStatusEnum, { nullable: true })
  status?: DepartmentStatus;

  @Field(() => String, { nullable: true })
  vocabulary?: string | null;

  @Field(() => String, { nullable: true })
  serviceOwner?: string | null;
}
