import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  columnLookup,
  isBlankRecord,
  sourceColumnNames,
} from '@esm-planner/domain-imports';
import { AppError, FieldProblem } from '../../common/app-error';
import { AccessPolicy } from '../auth/access-policy.service';
import { ApiRequest } from '../auth/request-context';
import { ComputePool } from '../compute/compute-pool';
import { ImportStorage } from '../imports/import-storage';
import { readRecords } from '../imports/readers/record-source';
import {
  ImportFileError,
  SourceRecord,
} from '../imports/readers/source-record';
import { StoredMapping, toEngineMapping } from './column-mapping.mapper';
import {
  ColumnMappingsService,
  mappingProblems,
} from './column-mappings.service';
import { DistinctValueCounter } from './distinct-values';
import { ImportPreview, PreviewImportInput } from './dto/import-preview';
import { previewMappedRows } from './preview-mapped-rows';

export const MAX_PREVIEW_ROWS = 200;

/**
 * previewImport (api.md): reads a file the way an import would — header,
 * first rows, whole-file counts of the values of the columns asked — and
 * applies a mapping to the first rows. Stores nothing: the file is staged
 * in import storage only while it is read.
 */
@Injectable()
export class ImportPreviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly storage: ImportStorage,
    private readonly mappings: ColumnMappingsService,
    private readonly compute: ComputePool,
  ) {}

  async preview(
    req: ApiRequest,
    input: PreviewImportInput,
    distinctColumns: readonly string[],
  ): Promise<ImportPreview> {
    await this.policy.departmentScope(
      req,
      input.organizationId,
      'import:write',
    );
    const problems = previewProblems(input);
    if (problems.length > 0) throw AppError.badInput(problems);
    const mapping = input.mappingId
      ? (
          await this.mappings.resolve(
            input.organizationId,
            input.mappingId,
            'mappingId',
          )
        ).mapping
      : input.mapping
        ? toEngineMapping(input.mapping)
        : null;
    const upload = input.file ? await input.file : null;
    const id = `preview-${randomUUID()}`;
    // The file is held to the size limit of the kind it would be imported as.
    const kind = mapping?.kind ?? 'REQUESTS';
    await this.storage.store(
      id,
      upload
        ? upload.createReadStream()
        : Readable.from([Buffer.from(input.csv!, 'utf8')]),
      kind,
    );
    try {
      const source = await readRecords(this.storage.path(id), {
        allowXlsx: kind !== 'REQUESTS',
        readXlsx: (path) => this.compute.run('readXlsx', { path }),
      });
      try {
        return await this.read(input, mapping, source.records, distinctColumns);
      } finally {
        source.close?.();
      }
    } catch (error) {
      if (error instanceof ImportFileError) {
        throw AppError.badInput([
          {
            field: input.file ? 'file' : 'csv',
            message: error.line
              ? `line ${error.line}: ${error.message}`
              : error.message,
          },
        ]);
      }
      throw error;
    } finally {
      await this.storage.remove(id);
    }
  }

  private async read(
    input: PreviewImportInput,
    mapping: StoredMapping | null,
    records: AsyncGenerator<SourceRecord>,
    distinctColumns: readonly string[],
  ): Promise<ImportPreview> {
    const iterator = records[Symbol.asyncIterator]();
    const first = await iterator.next();
    if (first.done)
      throw AppError.badInput([
        { field: input.file ? 'file' : 'csv', message: 'the file is empty' },
      ]);
    const header = first.value.cells;
    if (mapping) {
      // A mapping that does not fit the file is a problem of the mapping, field by field (its name does not matter here).
      const problems = mappingProblems(mapping, header).filter(
        (problem) => problem.field !== 'name',
      );
      if (problems.length > 0)
        throw AppError.badInput(
          problems.map((p) => ({
            ...p,
            field: input.mappingId ? 'mappingId' : `mapping.${p.field}`,
          })),
        );
    }
    const counter = new DistinctValueCounter(
      columnLookup(header, mapping?.sourceColumns ?? []),
      distinctColumns,
    );
    const sample: SourceRecord[] = [];
    let rowsInFile = 0;
    for (
      let next = await iterator.next();
      !next.done;
      next = await iterator.next()
    ) {
      const { cells, line } = next.value;
      if (isBlankRecord(cells)) continue;
      rowsInFile += 1;
      if (sample.length < input.rows) sample.push({ line, cells });
      counter.add(cells);
    }
    const timeZone = await this.organizationZone(input.organizationId);
    const mapped = mapping
      ? previewMappedRows({ mapping, header, sample, timeZone })
      : { fields: [], rows: [], problems: [] };
    return {
      headers: sourceColumnNames(header),
      sampleRows: sample.map(({ line, cells }) => ({ line, cells })),
      rowsInFile,
      mappedFields: mapped.fields,
      mappedRows: mapped.rows,
      problems: mapped.problems.map((p) => ({ ...p, value: p.value ?? null })),
      distinct: counter.counts(),
    };
  }

  private async organizationZone(organizationId: string): Promise<string> {
    const [row] = await this.dataSource.query(
      'SELECT time_zone FROM organization WHERE organization_id = $1',
      [organizationId],
    );
    return row?.time_zone ?? 'UTC';
  }
}

function previewProblems(input: PreviewImportInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const hasText = typeof input.csv === 'string';
  if (hasText === Boolean(input.file))
    problems.push({
      field: hasText ? 'file' : 'csv',
      message:
        'give the file either as csv text or as an upload, not both or neither',
    });
  else if (hasText && input.csv!.trim() === '')
    problems.push({ field: 'csv', message: 'the file is empty' });
  if (
    !Number.isInteger(input.rows) ||
    input.rows < 1 ||
    input.rows > MAX_PREVIEW_ROWS
  )
    problems.push({
      field: 'rows',
      message: `must be a whole number from 1 to ${MAX_PREVIEW_ROWS}`,
    });
  if (input.mapping && input.mappingId)
    problems.push({
      field: 'mapping',
      message: 'give a mapping or a mappingId, not both',
    });
  if (input.mapping && input.mapping.organizationId !== input.organizationId)
    problems.push({
      field: 'mapping.organizationId',
      message: 'must be the organisation of the preview',
    });
  return problems;
}
