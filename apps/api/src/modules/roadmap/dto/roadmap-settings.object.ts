import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'An organisation’s roadmap settings (domain §6).' })
export class RoadmapSettings {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => Int)
  maxConcurrentRollouts!: number;

  @Field(() => Int)
  stabilityMinWeeklyRequests!: number;

  @Field(() => Float)
  stabilityMinMeanDeflection!: number;

  @Field(() => Float)
  stabilityMaxStdDeviation!: number;

  @Field(() => Float, {
    description: 'Loaded cost of an agent hour used for the priority score.',
  })
  loadedHourlyCost!: number;

  @Field(() => [ID], {
    description: 'The CoE’s saved order; empty = the default sequence.',
  })
  order!: string[];
}

@InputType({
  description:
    'Only the fields given change. order: every department id to place first, in order.',
})
export class UpdateRoadmapSettingsInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => Int, { nullable: true })
  maxConcurrentRollouts?: number | null;

  @Field(() => Int, { nullable: true })
  stabilityMinWeeklyRequests?: number | null;

  @Field(() => Float, { nullable: true })
  stabilityMinMeanDeflection?: number | null;

  @Field(() => Float, { nullable: true })
  stabilityMaxStdDeviation?: number | null;

  @Field(() => Float, { nullable: true })
  loadedHourlyCost?: number | null;

  @Field(() => [ID], { nullable: true })
  order?: string[] | null;
}
