import {
  Field,
  Float,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { GRAINS, Grain, MetricSource } from '@esm-planner/domain-metrics';
import { DateScalar } from '../../../graphql/date.scalar';

export const GrainEnum = Object.fromEntries(
  GRAINS.map((grain) => [grain, grain]),
) as { [K in Grain]: K };
export const MetricSourceEnum = {
  REQUESTS: 'REQUESTS',
  WEEKLY_IMPORT: 'WEEKLY_IMPORT',
  NONE: 'NONE',
} as const satisfies Record<MetricSource, MetricSource>;

registerEnumType(GrainEnum, {
  name: 'Grain',
  description:
    'WEEK: Monday to Sunday; MONTH: calendar month; both in the organisation’s time zone.',
});
registerEnumType(MetricSourceEnum, {
  name: 'MetricSource',
  description:
    'REQUESTS: request-level records; WEEKLY_IMPORT: an imported weekly sheet (rolled up for months); NONE: no data.',
});

@ObjectType({
  description:
    'One department’s service metrics for one period (domain §3). Rates are fractions, null when undefined.',
})
export class MetricPoint {
  @Field(() => DateScalar, { description: 'First day of the period.' })
  periodStart!: string;

  @Field(() => Int)
  total!: number;

  @Field(() => Int, {
    description:
      'Resolved without agent work: resolution DEFLECTED or NO_TOUCH.',
  })
  deflected!: number;

  @Field(() => Int, { nullable: true })
  noTouch!: number | null;

  @Field(() => Int, { nullable: true })
  resolved!: number | null;

  @Field(() => Float, { nullable: true })
  deflectionRate!: number | null;

  @Field(() => Float, { nullable: true })
  noTouchRate!: number | null;

  @Field(() => Float, { nullable: true })
  resolutionRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Mean hours from opened to resolved, over resolved requests.',
  })
  mttrHours!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Nearest-rank median; request-level data only.',
  })
  medianResolutionHours!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Nearest-rank P90; request-level data only.',
  })
  p90ResolutionHours!: number | null;

  @Field(() => Int, { nullable: true })
  slaMet!: number | null;

  @Field(() => Int, { nullable: true })
  slaTracked!: number | null;

  @Field(() => Float, { nullable: true })
  slaAttainment!: number | null;

  @Field(() => Int, { nullable: true })
  reopened!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Reopened among the resolved requests.',
  })
  reopenRate!: number | null;

  @Field(() => MetricSourceEnum, { description: 'Where the point came from.' })
  source!: MetricSource;
}
