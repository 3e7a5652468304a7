import { Field, ObjectType } from '@nestjs/graphql';
import { User } from '../../people/dto/user.object';

@ObjectType({
  description: 'A dashboard login: send `token` as `Authorization: Bearer …`.',
})
export class Session {
  @Field()
  token!: string;

  @Field()
  expiresAt!: Date;

  @Field(() => User)
  user!: User;
}
