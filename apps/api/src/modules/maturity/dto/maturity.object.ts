import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { MaturityDimension } from '@esm-planner/domain-maturity';
import { MaturityDimensionEnum } from './maturity.enums';

@ObjectType({
  description:
    'One statement of the questionnaire, answered 1 (not at all) to 5 (fully, and kept up).',
})
export class MaturityQuestion {
  @Field(() => ID)
  id!: string;

  @Field(() => MaturityDimensionEnum)
  dimension!: MaturityDimension;

  @Field()
  text!: string;
}

@ObjectType({
  description:
    'One of the five maturity stages (ITIL 4 / CMMI style); see docs/maturity.md.',
})
export class MaturityStageInfo {
  @Field(() => Int)
  stage!: number;

  @Field()
  name!: string;

  @Field()
  description!: string;
}

@ObjectType()
export class DimensionScore {
  @Field(() => MaturityDimensionEnum)
  dimension!: MaturityDimension;

  @Field(() => Float, { description: 'Mean of its answers, 1 decimal.' })
  score!: number;
}

@ObjectType({ description: 'One of the three lowest answers.' })
export class MaturityNextStep {
  @Field(() => ID)
  questionId!: string;

  @Field(() => MaturityDimensionEnum)
  dimension!: MaturityDimension;

  @Field()
  text!: string;

  @Field(() => Int)
  score!: number;
}

@ObjectType()
export class MaturityAnswer {
  @Field(() => ID)
  questionId!: string;

  @Field(() => Int)
  score!: number;
}

@ObjectType({
  description:
    'An answer two or more points from what the data suggested when it was given.',
})
export class MaturityDisagreement {
  @Field(() => ID)
  questionId!: string;

  @Field(() => MaturityDimensionEnum)
  dimension!: MaturityDimension;

  @Field(() => Int)
  answer!: number;

  @Field(() => Float)
  suggestedScore!: number;
}

@ObjectType({
  description:
    'A dated maturity assessment (domain §5), org-wide or for one department.',
})
export class MaturityAssessment {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  organizationId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'null for an organisation-wide assessment.',
  })
  departmentId!: string | null;

  @Field()
  assessedAt!: Date;

  @Field(() => Float, {
    description: 'Mean of the six dimension scores, 1 decimal.',
  })
  overallScore!: number;

  @Field(() => Int, {
    description: 'floor(overall), capped at floor(lowest dimension) + 1.',
  })
  stage!: number;

  @Field()
  stageName!: string;

  @Field()
  stageDescription!: string;

  @Field(() => [DimensionScore])
  dimensions!: DimensionScore[];

  @Field(() => [MaturityNextStep])
  nextSteps!: MaturityNextStep[];

  @Field(() => [MaturityAnswer])
  answers!: MaturityAnswer[];

  @Field(() => [MaturityDisagreement])
  disagreements!: MaturityDisagreement[];
}

@InputType()
export class MaturityAnswerInput {
  @Field(() => ID)
  questionId!: string;

  @Field(() => Int)
  score!: number;
}

@InputType({ description: 'Answers 1–5; every dimension needs at least one.' })
export class MaturityAnswersInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Omit for an organisation-wide assessment.',
  })
  departmentId?: string | null;

  @Field(() => [MaturityAnswerInput])
  answers!: MaturityAnswerInput[];
}
