import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A person with an account.' })
export class User {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  name!: string;

  @Field({
    description:
      'True for the holder of ADMIN_TOKEN, who acts as ADMIN in every organisation.',
  })
  isInstanceAdmin!: boolean;

  @Field({
    description:
      'True once disableUser: no sign-in, and no session or API token of theirs works.',
  })
  disabled!: boolean;
}
