import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description: 'The tenant: one organisation and everything it plans.',
})
export class Organization {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({
    description: 'IANA time zone in which weeks and months are counted.',
  })
  timeZone!: string;

  @Field({ description: 'ISO 4217 code of the money figures.' })
  currency!: string;

  @Field()
  createdAt!: Date;
}
