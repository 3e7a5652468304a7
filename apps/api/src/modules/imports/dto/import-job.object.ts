import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../../../graphql/date.scalar';
import {
  ImportFormat,
  ImportFormatEnum,
  ImportKind,
  ImportKindEnum,
  ImportStatus,
  ImportStatusEnum,
  InvalidRowPolicy,
  InvalidRowPolicyEnum,
} from '../import-enums';

@ObjectType({
  description: 'A source value an importer did not know, stored as OTHER.',
})
export class MappedToOther {
  @Field()
  field!: string;

  @Field()
  value!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({
  description:
    'One problem in an import file: `line N, column C: message (value seen)`.',
})
export class ImportRowError {
  @Field(() => Int)
  line!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      '1-based; null when the problem concerns the whole line or file.',
  })
  column!: number | null;

  @Field()
  message!: string;

  @Field(() => String, { nullable: true })
  value!: string | null;
}

@ObjectType({ description: 'An import and its report.' })
export class ImportJob {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  organizationId!: string;

  @Field(() => ImportStatusEnum)
  status!: ImportStatus;

  @Field(() => ImportKindEnum)
  kind!: ImportKind;

  @Field(() => ImportFormatEnum)
  format!: ImportFormat;

  @Field(() => String, { nullable: true })
  fileName!: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The column mapping the import ran with (a saved one’s id, or builtin:…); null for the plain formats.',
  })
  mappingId!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'That mapping’s name when the import started (the job keeps a snapshot of it).',
  })
  mappingName!: string | null;

  @Field(() => Int, {
    description: 'Data rows read from the file (the header not counted).',
  })
  rowsRead!: number;

  @Field(() => Int)
  rowsStored!: number;

  @Field(() => Int, {
    description:
      'Rows identical to what was already stored: nothing changed for them.',
  })
  rowsDuplicate!: number;

  @Field(() => Int, {
    description:
      'Rows (event logs: cases) left out as invalid under invalidRows: SKIP; `errors` holds the first problems, skippedRowsUrl the whole list.',
  })
  rowsSkipped!: number;

  @Field(() => InvalidRowPolicyEnum)
  invalidRows!: InvalidRowPolicy;

  @Field({
    description:
      'A dry run: everything was checked and counted, nothing was stored.',
  })
  dryRun!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'Where the full list of skipped rows downloads as CSV (GET, same bearer token): set once the job has finished with rows skipped.',
  })
  skippedRowsUrl!: string | null;

  @Field(() => Float)
  bytesRead!: number;

  @Field(() => Float, { nullable: true })
  bytesTotal!: number | null;

  @Field(() => [MappedToOther])
  mappedToOther!: MappedToOther[];

  @Field(() => Int, {
    description:
      'All problems found (of a failed import, or of the rows a SKIP import left out); `errors` holds the first 100.',
  })
  errorCount!: number;

  @Field(() => [ImportRowError])
  errors!: ImportRowError[];

  @Field(() => String, {
    nullable: true,
    description: 'A summary: why the import failed, or what it stored.',
  })
  message!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'AUDIT: first day of the audit window.',
  })
  windowStart!: string | null;

  @Field(() => DateScalar, { nullable: true })
  windowEnd!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  finishedAt!: Date | null;
}
