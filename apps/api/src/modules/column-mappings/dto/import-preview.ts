import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { FileUpload } from 'graphql-upload-minimal';
import { GraphQLUpload } from 'graphql-upload-minimal';
import { ImportRowError } from '../../imports/dto/import-job.object';
import { ColumnMappingInput } from './column-mapping.input';

@InputType({
  description:
    'A file to look at before importing it: its first rows, and — with a mapping — what they become.',
})
export class PreviewImportInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The file as text (small files).',
  })
  csv?: string | null;

  @Field(() => GraphQLUpload, {
    nullable: true,
    description:
      'The file as a multipart upload (CSV, or XLSX for audits and weekly metrics).',
  })
  file?: Promise<FileUpload> | null;

  @Field(() => ID, {
    nullable: true,
    description: 'A saved or built-in mapping to apply to the first rows.',
  })
  mappingId?: string | null;

  @Field(() => ColumnMappingInput, {
    nullable: true,
    description:
      'A mapping being built (not saved) to apply to the first rows; its organizationId must be this one.',
  })
  mapping?: ColumnMappingInput | null;

  @Field(() => Int, {
    defaultValue: 20,
    description: 'How many rows to show, 1 to 200.',
  })
  rows!: number;
}

@ObjectType({
  description:
    'A value of a column and how many rows of the whole file hold it.',
})
export class DistinctValue {
  @Field({ description: 'The cell as written (trimmed); "" for empty cells.' })
  value!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'One row of the file as it is.' })
export class PreviewRow {
  @Field(() => Int)
  line!: number;

  @Field(() => [String])
  cells!: string[];
}

@ObjectType({
  description:
    'One row (an event log: one case) as the mapping reads it, in the order of mappedFields.',
})
export class MappedRow {
  @Field(() => Int, {
    description:
      'The row’s line (an event log: the line of the case’s last event).',
  })
  line!: number;

  @Field(() => [String], {
    description:
      'The target fields’ values as the import would store them ("" when missing).',
  })
  values!: string[];
}

/** The whole file's counts per asked column, kept for the distinctValues field. */
export type DistinctCounts = Map<
  string,
  { values: DistinctValue[]; truncated: boolean }
>;

@ObjectType({
  description:
    'previewImport: the file’s header and first rows, the mapping applied to them; nothing is stored.',
})
export class ImportPreview {
  @Field(() => [String], {
    description:
      'The column names as a mapping names them: trimmed, a repeated header as `text (2)`, `text (3)`…',
  })
  headers!: string[];

  @Field(() => [PreviewRow], { description: 'The first `rows` data rows.' })
  sampleRows!: PreviewRow[];

  @Field(() => Int, {
    description: 'Data rows in the whole file (blank lines not counted).',
  })
  rowsInFile!: number;

  @Field(() => [String], {
    description:
      'The target format’s fields, in order, when a mapping was given (else empty).',
  })
  mappedFields!: string[];

  @Field(() => [MappedRow], {
    description:
      'The first rows as the mapping reads them (an event log: the cases their events make); empty without a mapping.',
  })
  mappedRows!: MappedRow[];

  @Field(() => [ImportRowError], {
    description:
      'What the mapping cannot read in the first rows: line, column, message, value.',
  })
  problems!: ImportRowError[];

  /** Filled for the columns the query asks distinctValues of. */
  distinct!: DistinctCounts;
}
