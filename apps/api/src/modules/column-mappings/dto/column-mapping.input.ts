import { Field, ID, InputType } from '@nestjs/graphql';
import { ImportKind, ImportKindEnum } from '../../imports/import-enums';
import { ValueMatch, ValueMatchEnum } from './value-match.enum';

// api.md "Mappings…": ColumnMappingInput and its parts, plus the engine's
// optional extensions (libs/domain/imports/src/lib/mapping/README.md) so that
// a copy of a built-in mapping keeps everything that makes it work.

@InputType({
  description:
    'A test on one row: a source column’s cell or a target field’s mapped value, trimmed and without case, equal to or containing one of the values.',
})
export class MappingConditionInput {
  @Field(() => String, {
    nullable: true,
    description: 'A source column (exactly one of column and field).',
  })
  column?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'A target field, after missing values, defaults and value maps.',
  })
  field?: string | null;

  @Field(() => [String], { nullable: true })
  equals?: string[] | null;

  @Field(() => [String], { nullable: true })
  contains?: string[] | null;
}

@InputType({
  description:
    'Another column read when the bound one is missing, only when `when` holds.',
})
export class ColumnFallbackInput {
  @Field()
  column!: string;

  @Field(() => MappingConditionInput, { nullable: true })
  when?: MappingConditionInput | null;
}

@InputType({
  description:
    'A target field bound to a source column or to a constant: exactly one of them.',
})
export class FieldBindingInput {
  @Field({
    description:
      'The target field by its column name in the format: opened_at, channel, …',
  })
  field!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The source column’s header text (a repeated header: `Notes (2)`).',
  })
  column?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The value every row gets (channel = OTHER for a file without channels).',
  })
  constant?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The value of a missing cell of the column.',
  })
  default?: string | null;

  @Field(() => ColumnFallbackInput, { nullable: true })
  fallback?: ColumnFallbackInput | null;

  @Field(() => String, {
    nullable: true,
    description: 'How messages about other fields name this one.',
  })
  label?: string | null;
}

@InputType({
  description:
    'Source value → target value for one field, matched without case.',
})
export class ValueMapInput {
  @Field()
  field!: string;

  @Field()
  from!: string;

  @Field()
  to!: string;

  @Field(() => ValueMatchEnum, {
    nullable: true,
    description:
      'EXACT (the default), STARTS_WITH, CONTAINS or GREATER_THAN (a number above `from`).',
  })
  match?: ValueMatch | null;
}

@InputType({
  description:
    'The file has one row per event of a case (request records only).',
})
export class EventLogInput {
  @Field({
    description: 'The column of each event’s time, read with dateFormat.',
  })
  eventTime!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The column of the case’s status after the event.',
  })
  status?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'The status values that mean resolved or closed.',
  })
  resolvedStatuses?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      'A column of whole numbers ordering events before their time (ServiceNow sys_mod_count).',
  })
  sequence?: string | null;
}

@InputType({
  description:
    'A column as the mapping knows it: other headers it goes by, and whether a file may lack it.',
})
export class SourceColumnInput {
  @Field()
  name!: string;

  @Field(() => [String], { nullable: true })
  aliases?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  optional?: boolean | null;
}

@InputType()
export class ResolutionCaseInput {
  @Field(() => [MappingConditionInput])
  when!: MappingConditionInput[];

  @Field({ description: 'DEFLECTED, NO_TOUCH, AGENT or UNRESOLVED.' })
  then!: string;
}

@InputType({
  description:
    'How resolution is decided when it is not bound: unresolved → UNRESOLVED, else the first case that holds, else `otherwise` (AGENT).',
})
export class ResolutionRuleInput {
  @Field(() => [ResolutionCaseInput])
  cases!: ResolutionCaseInput[];

  @Field(() => String, { nullable: true })
  otherwise?: string | null;
}

@InputType({
  description:
    'A column mapping (data-formats §5). Saving under a name the organisation already uses replaces that mapping.',
})
export class ColumnMappingInput {
  @Field(() => ID)
  organizationId!: string;

  @Field()
  name!: string;

  @Field(() => ImportKindEnum)
  kind!: ImportKind;

  @Field(() => [FieldBindingInput])
  fields!: FieldBindingInput[];

  @Field(() => [ValueMapInput], { nullable: true })
  values?: ValueMapInput[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      'A date-fns format (`MM/dd/yyyy hh:mm:ss a`); ISO-8601 by default.',
  })
  dateFormat?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'More date-fns formats, tried in order after dateFormat.',
  })
  otherDateFormats?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      'IANA zone of timestamps without an offset; the organisation’s by default.',
  })
  timeZone?: string | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'Cell values that mean missing (`?`, `N/A`); an empty cell always does.',
  })
  missingValues?: string[] | null;

  @Field(() => EventLogInput, { nullable: true })
  eventLog?: EventLogInput | null;

  @Field(() => [SourceColumnInput], { nullable: true })
  sourceColumns?: SourceColumnInput[] | null;

  @Field(() => ResolutionRuleInput, { nullable: true })
  resolutionRule?: ResolutionRuleInput | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The system the files come from: request records imported through mappings of the same source share external ids, so a re-import updates rather than duplicates. Default: the mapping’s name; a copy of a built-in keeps the vendor’s (SERVICENOW, JSM, FRESHSERVICE).',
  })
  source?: string | null;
}
