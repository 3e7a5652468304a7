import { Field, Float, ObjectType } from '@nestjs/graphql';
import type {
  MaturityDimension,
  SignalUnit,
} from '@esm-planner/domain-maturity';
import { MaturityDimensionEnum } from './maturity.enums';

@ObjectType({
  description: 'One figure from the data and the score (1–5) it suggests.',
})
export class EvidenceSignal {
  @Field()
  key!: string;

  @Field()
  label!: string;

  @Field(() => Float, {
    nullable: true,
    description:
      'A fraction (SHARE, RATIO), a count, or 1/0 (YES_NO); null when there is nothing to measure.',
  })
  value!: number | null;

  @Field(() => String, { description: 'SHARE, COUNT, YES_NO or RATIO.' })
  unit!: SignalUnit;

  @Field(() => Float, { nullable: true })
  suggestedScore!: number | null;
}

@ObjectType({
  description:
    'The evidence beside one dimension; an answer ≥ 2 points from suggestedScore is flagged.',
})
export class DimensionEvidence {
  @Field(() => MaturityDimensionEnum)
  dimension!: MaturityDimension;

  @Field(() => Float, {
    nullable: true,
    description: 'Mean of the signals’ suggestions; null without data.',
  })
  suggestedScore!: number | null;

  @Field(() => [EvidenceSignal])
  signals!: EvidenceSignal[];
}
