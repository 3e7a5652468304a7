import { Field, Float, ID, InputType } from '@nestjs/graphql';
import type { FulfilmentMode } from '@esm-planner/domain-maturity';
import { DateScalar } from '../../../graphql/date.scalar';
import { FulfilmentModeEnum } from './catalog.enums';

@InputType({
  description:
    'Creates (no id) or replaces (id) a catalogue item. Fields left out are cleared, except processReviewed, which keeps its value.',
})
export class CatalogItemInput {
  @Field(() => ID, { nullable: true })
  id?: string | null;

  @Field(() => ID)
  departmentId!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  owner?: string | null;

  @Field(() => Float, { nullable: true })
  slaTargetHours?: number | null;

  @Field(() => FulfilmentModeEnum, { nullable: true })
  fulfilmentMode?: FulfilmentMode | null;

  @Field(() => [String], { nullable: true })
  requestTypes?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  processReviewed?: boolean | null;

  @Field(() => DateScalar, { nullable: true })
  lastReviewedAt?: string | null;
}
