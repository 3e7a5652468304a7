import { ImportJobEntity } from '@esm-planner/api-data-access-db';
import { ImportJob } from './dto/import-job.object';
import { ImportFormat, ImportKind, ImportStatus } from './import-enums';
import { skippedRowsPath } from './skipped-rows-path';
import { ImportJobOptions } from './importers/importer';

export function toImportJob(entity: ImportJobEntity): ImportJob {
  const options = entity.options as ImportJobOptions;
  return {
    id: entity.id,
    organizationId: entity.organizationId,
    status: entity.status as ImportStatus,
    kind: entity.kind as ImportKind,
    format: entity.format as ImportFormat,
    fileName: entity.fileName,
    mappingId:
      entity.mappingId ??
      (typeof entity.mapping?.builtinId === 'string'
        ? entity.mapping.builtinId
        : null),
    mappingName:
      typeof entity.mapping?.name === 'string' ? entity.mapping.name : null,
    rowsRead: entity.rowsRead,
    rowsStored: entity.rowsStored,
    rowsDuplicate: entity.rowsDuplicate,
    rowsSkipped: entity.rowsSkipped,
    invalidRows: options.invalidRows ?? 'FAIL',
    dryRun: options.dryRun ?? false,
    skippedRowsUrl:
      entity.rowsSkipped > 0 && entity.finishedAt
        ? skippedRowsPath(entity.id)
        : null,
    bytesRead: entity.bytesRead,
    bytesTotal: entity.bytesTotal,
    mappedToOther: entity.mappedToOther,
    errorCount: entity.errorCount,
    errors: entity.errors.map((error) => ({
      ...error,
      value: error.value ?? null,
    })),
    message: entity.message,
    windowStart: options.windowStart ?? null,
    windowEnd: options.windowEnd ?? null,
    createdAt: entity.createdAt,
    startedAt: entity.startedAt,
    finishedAt: entity.finishedAt,
  };
}
