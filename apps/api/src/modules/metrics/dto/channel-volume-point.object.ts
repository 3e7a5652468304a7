import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../../../graphql/date.scalar';

@ObjectType({
  description:
    'Requests opened through one channel in one period (request-level data); zeros included so series line up.',
})
export class ChannelVolumePoint {
  @Field(() => DateScalar, { description: 'First day of the period.' })
  periodStart!: string;

  @Field({
    description:
      'EMAIL, CHAT, PHONE, WALK_UP, SPREADSHEET, FORM, PORTAL, VIRTUAL_AGENT or OTHER.',
  })
  channel!: string;

  @Field(() => Int)
  count!: number;
}
