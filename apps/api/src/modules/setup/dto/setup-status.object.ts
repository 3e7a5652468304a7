import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description: 'Whether the instance still needs its first administrator.',
})
export class SetupStatus {
  @Field({
    description:
      'True while no user exists: the dashboard shows the setup page.',
  })
  required!: boolean;
}
