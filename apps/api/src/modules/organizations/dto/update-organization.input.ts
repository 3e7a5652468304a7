import { Field, InputType } from '@nestjs/graphql';

@InputType({
  description: 'The organisation’s settings; a field left out keeps its value.',
})
export class UpdateOrganizationInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'ISO 4217 code, e.g. EUR.',
  })
  currency?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'IANA zone, e.g. Europe/Paris. A change rebuilds the request rollups in the worker; the zone changes when the rebuild is done.',
  })
  timeZone?: string | null;
}
