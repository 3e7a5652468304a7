import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ImportKind, ImportKindEnum } from '../../imports/import-enums';
import { ValueMatch, ValueMatchEnum } from './value-match.enum';

// A column mapping read back with the names of ColumnMappingInput (api.md).

@ObjectType()
export class MappingCondition {
  @Field(() => String, { nullable: true })
  column!: string | null;

  @Field(() => String, { nullable: true })
  field!: string | null;

  @Field(() => [String])
  equals!: string[];

  @Field(() => [String])
  contains!: string[];
}

@ObjectType()
export class ColumnFallback {
  @Field()
  column!: string;

  @Field(() => MappingCondition, { nullable: true })
  when!: MappingCondition | null;
}

@ObjectType()
export class FieldBinding {
  @Field()
  field!: string;

  @Field(() => String, { nullable: true })
  column!: string | null;

  @Field(() => String, { nullable: true })
  constant!: string | null;

  @Field(() => String, { nullable: true })
  default!: string | null;

  @Field(() => ColumnFallback, { nullable: true })
  fallback!: ColumnFallback | null;

  @Field(() => String, { nullable: true })
  label!: string | null;
}

@ObjectType()
export class ValueMap {
  @Field()
  field!: string;

  @Field()
  from!: string;

  @Field()
  to!: string;

  @Field(() => ValueMatchEnum)
  match!: ValueMatch;
}

@ObjectType()
export class EventLog {
  @Field()
  eventTime!: string;

  @Field(() => String, { nullable: true })
  status!: string | null;

  @Field(() => [String])
  resolvedStatuses!: string[];

  @Field(() => String, { nullable: true })
  sequence!: string | null;
}

@ObjectType()
export class SourceColumn {
  @Field()
  name!: string;

  @Field(() => [String])
  aliases!: string[];

  @Field()
  optional!: boolean;
}

@ObjectType()
export class ResolutionCase {
  @Field(() => [MappingCondition])
  when!: MappingCondition[];

  @Field()
  then!: string;
}

@ObjectType()
export class ResolutionRule {
  @Field(() => [ResolutionCase])
  cases!: ResolutionCase[];

  @Field(() => String, { nullable: true })
  otherwise!: string | null;
}

@ObjectType({
  description:
    'A column mapping (data-formats §5): saved by the organisation, or built in (a vendor export; copy it to change it).',
})
export class ColumnMapping {
  @Field(() => ID, {
    description:
      'A saved mapping’s id, or `builtin:servicenow`, `builtin:jsm`, `builtin:freshservice`.',
  })
  id!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'null for a built-in mapping.',
  })
  organizationId!: string | null;

  @Field()
  name!: string;

  @Field(() => ImportKindEnum)
  kind!: ImportKind;

  @Field({
    description:
      'Shipped with the product: it can be used and copied, not changed or deleted.',
  })
  builtIn!: boolean;

  @Field(() => [FieldBinding])
  fields!: FieldBinding[];

  @Field(() => [ValueMap])
  values!: ValueMap[];

  @Field(() => String, { nullable: true })
  dateFormat!: string | null;

  @Field(() => [String])
  otherDateFormats!: string[];

  @Field(() => String, { nullable: true })
  timeZone!: string | null;

  @Field(() => [String])
  missingValues!: string[];

  @Field(() => EventLog, { nullable: true })
  eventLog!: EventLog | null;

  @Field(() => [SourceColumn])
  sourceColumns!: SourceColumn[];

  @Field(() => ResolutionRule, { nullable: true })
  resolutionRule!: ResolutionRule | null;

  @Field({
    description:
      'The system the files come from: the namespace of their external ids.',
  })
  source!: string;

  @Field(() => Date, { nullable: true })
  createdAt!: Date | null;

  @Field(() => Date, { nullable: true })
  updatedAt!: Date | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Who saved it first (null for built-ins and the instance administrator).',
  })
  createdBy!: string | null;

  @Field(() => ID, { nullable: true })
  updatedBy!: string | null;
}
