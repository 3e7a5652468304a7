import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A personal API token, without its secret.' })
export class ApiToken {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  lastUsedAt!: Date | null;
}

@ObjectType({
  description: 'A new API token. `token` is shown this once and never again.',
})
export class ApiTokenSecret {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  token!: string;
}
