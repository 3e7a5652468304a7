import { Field, ID, InputType } from '@nestjs/graphql';
import { DateScalar } from '../../../graphql/date.scalar';

@InputType({
  description:
    'A baseline per department from its request records opened in the window (domain §2): local dates in the organisation’s time zone, both included.',
})
export class AuditFromRequestsInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => DateScalar)
  windowStart!: string;

  @Field(() => DateScalar)
  windowEnd!: string;

  @Field(() => [ID], {
    description:
      'The departments to build; each needs at least one record opened in the window.',
  })
  departmentIds!: string[];
}
