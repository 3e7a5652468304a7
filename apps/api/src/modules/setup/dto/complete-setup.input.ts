import { Field, InputType } from '@nestjs/graphql';

@InputType({
  description:
    'The first ADMIN and the first organisation of a new instance (api.md "First run").',
})
export class CompleteSetupInput {
  @Field({
    description: 'The code printed in the server log as `Setup code: …`.',
  })
  setupCode!: string;

  @Field()
  email!: string;

  @Field()
  name!: string;

  @Field({ description: 'At least 10 characters.' })
  password!: string;

  @Field()
  organizationName!: string;

  @Field({ defaultValue: 'UTC' })
  timeZone!: string;

  @Field({ defaultValue: 'USD' })
  currency!: string;
}
