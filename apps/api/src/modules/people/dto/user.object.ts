import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A person with an account.' })
export class User {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  name!: string;

  @Field({ description: 'True for the holder of ADMIN_TOKEN, who acts as ADMIN in every organisation.' })
  isInstanceAdmin!: boolean;
}
