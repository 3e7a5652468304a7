import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export const RollupRebuildStatusEnum = {
  QUEUED: 'QUEUED',
  RUNNING: 'RUNNING',
  SUCCEEDED: 'SUCCEEDED',
  FAILED: 'FAILED',
} as const;
export type RollupRebuildStatus = keyof typeof RollupRebuildStatusEnum;
registerEnumType(RollupRebuildStatusEnum, { name: 'RollupRebuildStatus' });

@ObjectType({
  description:
    'A rebuild of the organisation’s request rollups in a new time zone, run by the worker.',
})
export class RollupRebuildJob {
  @Field(() => ID)
  id!: string;

  @Field(() => RollupRebuildStatusEnum)
  status!: RollupRebuildStatus;

  @Field({
    description:
      'The zone being changed to; the organisation keeps its old zone until the rebuild succeeds.',
  })
  timeZone!: string;

  @Field()
  previousTimeZone!: string;

  @Field(() => Int)
  monthsDone!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Local months of request records to rebuild; null until the worker has counted them.',
  })
  monthsTotal!: number | null;

  @Field(() => String, { nullable: true, description: 'Why it failed.' })
  message!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  finishedAt!: Date | null;
}
