import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import type { CatalogFlag, FulfilmentMode } from '@esm-planner/domain-maturity';
import { DateScalar } from '../../../graphql/date.scalar';
import { CatalogFlagEnum, FulfilmentModeEnum } from './catalog.enums';

@ObjectType({
  description:
    'A service in a department’s catalogue (domain §7), named in the department’s vocabulary.',
})
export class CatalogItem {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  departmentId!: string;

  @Field()
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The named owner (a person).',
  })
  owner!: string | null;

  @Field(() => Float, { nullable: true })
  slaTargetHours!: number | null;

  @Field(() => FulfilmentModeEnum, {
    nullable: true,
    description: 'null until decided.',
  })
  fulfilmentMode!: FulfilmentMode | null;

  @Field(() => [String], {
    description: 'Audit request types this item serves (catalogCoverage).',
  })
  requestTypes!: string[];

  @Field({
    description: 'The process was reviewed (fixed) before it was automated.',
  })
  processReviewed!: boolean;

  @Field(() => DateScalar, { nullable: true })
  lastReviewedAt!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'lastReviewedAt + 90 days; null when never reviewed.',
  })
  reviewDueOn!: string | null;

  @Field(() => [CatalogFlagEnum], {
    description: 'As of today in the organisation’s time zone.',
  })
  flags!: CatalogFlag[];

  @Field()
  updatedAt!: Date;
}
