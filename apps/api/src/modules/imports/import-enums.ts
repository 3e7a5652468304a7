import { registerEnumType } from '@nestjs/graphql';

export const IMPORT_KINDS = ['AUDIT', 'REQUESTS', 'METRICS'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export const IMPORT_FORMATS = [
  'GENERIC',
  'SERVICENOW',
  'JSM',
  'FRESHSERVICE',
] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
export const IMPORT_STATUSES = [
  'QUEUED',
  'RUNNING',
  'SUCCEEDED',
  'FAILED',
  'CANCELLED',
] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];
export const INVALID_ROW_POLICIES = ['FAIL', 'SKIP'] as const;
export type InvalidRowPolicy = (typeof INVALID_ROW_POLICIES)[number];

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const ImportKindEnum = asEnum(IMPORT_KINDS);
export const ImportFormatEnum = asEnum(IMPORT_FORMATS);
export const ImportStatusEnum = asEnum(IMPORT_STATUSES);
export const InvalidRowPolicyEnum = asEnum(INVALID_ROW_POLICIES);

registerEnumType(ImportKindEnum, {
  name: 'ImportKind',
  description:
    'AUDIT: aggregated audit rows (format 1); REQUESTS: request records (format 2); METRICS: weekly metrics (format 3).',
});
registerEnumType(ImportFormatEnum, {
  name: 'ImportFormat',
  description: 'The system the file was exported from.',
});
registerEnumType(ImportStatusEnum, {
  name: 'ImportStatus',
  description: 'CANCELLED: stopped by cancelImport before it stored anything.',
});
registerEnumType(InvalidRowPolicyEnum, {
  name: 'InvalidRowPolicy',
  description:
    'FAIL: any invalid row fails the import and nothing is stored. SKIP: every valid row (or case) is stored and the invalid ones are listed (data-formats §5).',
});
