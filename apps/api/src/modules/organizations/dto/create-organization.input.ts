import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class CreateOrganizationInput {
  @Field()
  name!: string;

  @Field({ defaultValue: 'UTC' })
  timeZone!: string;

  @Field({ defaultValue: 'USD' })
  currency!: string;
}
