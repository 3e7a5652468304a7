import { Field, Float, ID, InputType } from '@nestjs/graphql';
import type { FileUpload } from 'graphql-upload-minimal';
import { GraphQLUpload } from 'graphql-upload-minimal';
import { DateScalar } from '../../../graphql/date.scalar';
import {
  ImportFormat,
  ImportFormatEnum,
  ImportKind,
  ImportKindEnum,
  InvalidRowPolicy,
  InvalidRowPolicyEnum,
} from '../import-enums';

@InputType({
  description:
    'Maps a department name used in the file onto a department of the organisation.',
})
export class DepartmentMappingInput {
  @Field({ description: 'The name as it appears in the file.' })
  source!: string;

  @Field({ description: 'The name of the organisation’s department.' })
  department!: string;
}

@InputType()
export class StartImportInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => ImportKindEnum)
  kind!: ImportKind;

  @Field(() => ImportFormatEnum, { defaultValue: 'GENERIC' })
  format!: ImportFormat;

  @Field(() => String, {
    nullable: true,
    description: 'The file as text, for small files (up to about 1 MB).',
  })
  csv?: string | null;

  @Field(() => GraphQLUpload, {
    nullable: true,
    description: 'The file as a multipart upload, streamed (CSV or XLSX).',
  })
  file?: Promise<FileUpload> | null;

  @Field(() => String, {
    nullable: true,
    description: 'Shown in the import history.',
  })
  fileName?: string | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'The file’s size in bytes, when the client knows it, for progress.',
  })
  fileSize?: number | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'AUDIT only: first day of the audit window.',
  })
  windowStart?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'AUDIT only: last day of the audit window (inclusive).',
  })
  windowEnd?: string | null;

  @Field({
    defaultValue: false,
    description: 'Create departments the file names that do not exist yet.',
  })
  createDepartments!: boolean;

  @Field(() => [DepartmentMappingInput], { nullable: true })
  departmentMapping?: DepartmentMappingInput[] | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'A saved or built-in column mapping (columnMappings) that reads the file onto the kind’s format; its kind must be this import’s.',
  })
  mappingId?: string | null;

  @Field(() => InvalidRowPolicyEnum, {
    defaultValue: 'FAIL',
    description:
      'FAIL: any invalid row fails the import. SKIP: valid rows are stored, invalid ones skipped and listed (rowsSkipped, errors, the skipped-rows CSV).',
  })
  invalidRows!: InvalidRowPolicy;

  @Field({
    defaultValue: false,
    description:
      'Run the whole import and roll it back: the report says what would be stored and skipped.',
  })
  dryRun!: boolean;
}
