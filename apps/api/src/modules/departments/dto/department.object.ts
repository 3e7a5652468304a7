import { Field, ID, ObjectType } from '@nestjs/graphql';
import type {
  DepartmentKind,
  DepartmentStatus,
} from '@esm-planner/domain-departments';
import { DepartmentKindEnum, DepartmentStatusEnum } from './department.enums';

@ObjectType({
  description: 'A department the programme serves or will serve (domain §1).',
})
export class Department {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  organizationId!: string;

  @Field()
  name!: string;

  @Field(() => DepartmentKindEnum)
  kind!: DepartmentKind;

  @Field(() => DepartmentStatusEnum)
  status!: DepartmentStatus;

  @Field({
    description:
      'The department’s word for one unit of work: its own, else its kind’s default.',
  })
  vocabulary!: string;

  @Field({
    description:
      'True when `vocabulary` is the kind’s default rather than set by the department.',
  })
  vocabularyIsDefault!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The named service owner (a person).',
  })
  serviceOwner!: string | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}
