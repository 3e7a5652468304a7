import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { EnhancementStatus } from '@esm-planner/domain-maturity';
import { EnhancementStatusEnum } from './coe.enums';

@ObjectType({
  description: 'A request to change the platform or a service (domain §7).',
})
export class EnhancementRequest {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  departmentId!: string;

  @Field()
  departmentName!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => Int, { description: '1–10.' })
  value!: number;

  @Field(() => Int, { description: '1–10.' })
  effort!: number;

  @Field(() => Float, { description: 'value ÷ effort: the ranking key.' })
  ratio!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Place in the open backlog (1 = first); null for DECLINED and DONE.',
  })
  rank!: number | null;

  @Field(() => EnhancementStatusEnum)
  status!: EnhancementStatus;

  @Field(() => String, {
    nullable: true,
    description: 'Why it was declined; kept.',
  })
  declineReason!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When it was last accepted, declined or done.',
  })
  decidedAt!: Date | null;
}

@InputType({
  description:
    'Files (no id) or edits (id) a request. Accepting, declining and marking done are the CoE’s decisions (COE, ADMIN).',
})
export class EnhancementRequestInput {
  @Field(() => ID, { nullable: true })
  id?: string | null;

  @Field(() => ID)
  departmentId!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Int)
  value!: number;

  @Field(() => Int)
  effort!: number;

  @Field(() => EnhancementStatusEnum, {
    nullable: true,
    description: 'Default: the stored status, NEW for a new request.',
  })
  status?: EnhancementStatus | null;

  @Field(() => String, { nullable: true, description: 'Required to decline.' })
  declineReason?: string | null;
}
