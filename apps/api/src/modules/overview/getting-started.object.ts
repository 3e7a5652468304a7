import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';

/** The first things a new organisation does, in the order the checklist shows them. */
export const GETTING_STARTED_STEPS = [
  'DEPARTMENTS',
  'AUDIT',
  'REQUESTS_OR_METRICS',
  'ROLLOUT_PLAN',
  'BUSINESS_CASE',
] as const;
export type GettingStartedStepName = (typeof GETTING_STARTED_STEPS)[number];

export const GettingStartedStepEnum = Object.fromEntries(
  GETTING_STARTED_STEPS.map((step) => [step, step]),
) as {
  [K in GettingStartedStepName]: K;
};
registerEnumType(GettingStartedStepEnum, {
  name: 'GettingStartedStep',
  description:
    'A step of a new organisation’s checklist: departments, a first audit, request records or weekly metrics, a first rollout plan, a first saved business case.',
});

@ObjectType()
export class GettingStartedItem {
  @Field(() => GettingStartedStepEnum)
  step!: GettingStartedStepName;

  @Field({ description: 'Whether the organisation has data for this step.' })
  done!: boolean;
}

@ObjectType({
  description:
    'The checklist the home page shows until every step is done; ticked from the data.',
})
export class GettingStarted {
  @Field(() => [GettingStartedItem])
  steps!: GettingStartedItem[];

  @Field({ description: 'Every step done.' })
  complete!: boolean;

  @Field({ description: 'Nothing done yet: the organisation has no data.' })
  empty!: boolean;
}
