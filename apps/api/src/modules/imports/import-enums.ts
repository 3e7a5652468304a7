import { registerEnumType } from '@nestjs/graphql';

export const IMPORT_KINDS = ['AUDIT', 'REQUESTS', 'METRICS'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export const IMPORT_FORMATS = ['GENERIC', 'SERVICENOW', 'JSM', 'FRESHSERVICE'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
export const IMPORT_STATUSES = ['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const ImportKindEnum = asEnum(IMPORT_KINDS);
export const ImportFormatEnum = asEnum(IMPORT_FORMATS);
export const ImportStatusEnum = asEnum(IMPORT_STATUSES);

registerEnumType(ImportKindEnum, {
  name: 'ImportKind',
  description: 'AUDIT: aggregated audit rows (format 1); REQUESTS: request records (format 2); METRICS: weekly metrics (format 3).',
});
registerEnumType(ImportFormatEnum, { name: 'ImportFormat', description: 'The system the file was exported from.' });
registerEnumType(ImportStatusEnum, { name: 'ImportStatus', description: 'CANCELLED: stopped by cancelImport before it stored anything.' });
