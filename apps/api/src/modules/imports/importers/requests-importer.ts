import { once } from 'node:events';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DataSource, QueryRunner } from 'typeorm';
import { OrganizationEntity } from '@esm-planner/api-data-access-db';
import { departmentNameKey } from '@esm-planner/domain-departments';
import { ImportError, RequestRow, RowVersion } from '@esm-planner/domain-imports';
import { DepartmentResolver, ImportDepartments } from '../import-departments';
import { copyLine } from './copy-text';
import { requestRecordReader } from './request-record-reader';
import { failedOutcome, Importer, ImportJobOptions, ImportOutcome, MappedValue, plural } from './importer';

const STAGE_COLUMNS = [
  'line', 'external_id', 'department_id', 'request_type', 'channel', 'opened_at', 'first_response_at',
  'resolved_at', 'resolution', 'sla_met', 'reopened', 'handling_minutes', 'version_rank', 'version_time', 'department_name',
];
const FACT_COLUMNS = STAGE_COLUMNS.slice(1, -3);
// The latest version of each ticket in the stage (event logs repeat tickets).
const LATEST_IN_STAGE = `SELECT DISTINCT ON (external_id) * FROM request_stage
  ORDER BY external_id, version_rank DESC NULLS LAST, version_time DESC NULLS LAST, line DESC`;
const MAX_KEPT_ERRORS = 1_000;

type Streamed = { rowsRead: number; errors: ImportError[]; errorCount: number; mapped: Map<string, MappedValue>; localTimes: number; versioned: boolean; departmentColumn: number | null };

const isoOrNull = (epochMs: number | null) => (epochMs === null ? null : new Date(epochMs).toISOString());

/**
 * Format 2 (data-formats §2): request records, streamed into a temporary
 * staging table with COPY and merged into request_fact in one statement —
 * all in one transaction, so a file with any error stores nothing. Memory
 * stays flat: rows go to the database as they are read.
 */
@Injectable()
export class RequestsImporter implements Importer {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly departments: ImportDepartments,
  ) {}

  async run({ job, source, onRows }: Parameters<Importer['run']>[0]): Promise<ImportOutcome> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      const outcome = await this.load(runner, job, source, onRows);
      if (outcome.ok) await runner.commitTransaction();
      else await runner.rollbackTransaction();
      return outcome;
    } catch (error) {
      await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  }

  private async load(runner: QueryRunner, job: Parameters<Importer['run']>[0]['job'], source: Parameters<Importer['run']>[0]['source'], onRows: (rows: number) => void): Promise<ImportOutcome> {
    const options = job.options as ImportJobOptions;
    const organization = await runner.manager.findOneByOrFail(OrganizationEntity, { id: job.organizationId });
    const resolver = await this.departments.resolver(runner.manager, job.organizationId, options);
    await runner.query(
      `CREATE TEMP TABLE request_stage (line integer, external_id text, department_id uuid, request_type text, channel text,
        opened_at timestamptz, first_response_at timestamptz, resolved_at timestamptz, resolution text, sla_met boolean,
        reopened boolean, handling_minutes numeric, version_rank numeric, version_time timestamptz, department_name text) ON COMMIT DROP`,
    );
    const client = (runner as unknown as { databaseConnection: PoolClient }).databaseConnection;
    const copy = client.query(copyFrom(`COPY request_stage (${STAGE_COLUMNS.join(', ')}) FROM STDIN`));
    const streamed = await this.stream({ source, copy, resolver, format: job.format, timeZone: organization.timeZone, onRows });
    const mappedToOther = [...streamed.mapped.values()].sort((a, b) => b.count - a.count);
    if (streamed.errorCount > 0) return { ...failedOutcome(streamed.rowsRead, streamed.errors, mappedToOther), message: `${plural(streamed.errorCount, 'error')} found: nothing was stored. Fix the file and import it again.` };
    if (streamed.versioned) {
      const unknown = await this.resolveLatestDepartments(runner, resolver, streamed.departmentColumn);
      if (unknown.length > 0) return failedOutcome(streamed.rowsRead, unknown, mappedToOther);
    }
    await resolver.flush();
    // An event log repeats a ticket once per update: its latest version is kept.
    const duplicates = streamed.versioned ? [] : await this.duplicateIds(runner);
    if (duplicates.length > 0) return failedOutcome(streamed.rowsRead, duplicates, mappedToOther);
    if (streamed.rowsRead === 0) return failedOutcome(0, [{ line: 1, column: null, message: 'the file has a header but no rows' }]);
    const [{ stored }] = await runner.query(
      `WITH merged AS (
         INSERT INTO request_fact (organization_id, source, import_job_id, ${FACT_COLUMNS.join(', ')})
         SELECT $1, $2, $3, ${FACT_COLUMNS.join(', ')} FROM (${LATEST_IN_STAGE}) latest
         ON CONFLICT (organization_id, source, external_id) DO UPDATE SET
           ${FACT_COLUMNS.slice(1).map((c) => `${c} = EXCLUDED.${c}`).join(', ')}, import_job_id = EXCLUDED.import_job_id
         WHERE (${FACT_COLUMNS.slice(1).map((c) => `request_fact.${c}`).join(', ')})
           IS DISTINCT FROM (${FACT_COLUMNS.slice(1).map((c) => `EXCLUDED.${c}`).join(', ')})
         RETURNING 1)
       SELECT count(*)::int AS stored FROM merged`,
      [job.organizationId, job.format, job.id],
    );
    const created = resolver.created.length > 0 ? ` Created ${plural(resolver.created.length, 'department')}: ${resolver.created.join(', ')}.` : '';
    const zone = streamed.localTimes > 0 ? ` ${plural(streamed.localTimes, 'row')} had times without an offset, read in ${organization.timeZone}.` : '';
    return {
      ok: true,
      rowsRead: streamed.rowsRead,
      rowsStored: stored,
      rowsDuplicate: streamed.rowsRead - stored,
      errors: [],
      mappedToOther,
      message: `Requests: ${plural(stored, 'request')} stored, ${streamed.rowsRead - stored} ${streamed.versioned ? 'unchanged or earlier versions of the same tickets' : 'unchanged'}.${created}${zone}`,
    };
  }

  private async stream({ source, copy, resolver, format, timeZone, onRows }: {
    source: Parameters<Importer['run']>[0]['source'];
    copy: NodeJS.WritableStream;
    resolver: DepartmentResolver;
    format: string;
    timeZone: string;
    onRows: (rows: number) => void;
  }): Promise<Streamed> {
    const result: Streamed = { rowsRead: 0, errors: [], errorCount: 0, mapped: new Map(), localTimes: 0, versioned: false, departmentColumn: null };
    const departmentIds = new Map<string, string | null>();
    const fail = (errors: ImportError[]) => {
      result.errorCount += errors.length;
      for (const error of errors) if (result.errors.length < MAX_KEPT_ERRORS) result.errors.push(error);
    };
    const iterator = source.records[Symbol.asyncIterator]();
    const first = await iterator.next();
    const header = first.done ? null : requestRecordReader({ format, header: first.value.cells, timeZone });
    if (!header || !header.ok) {
      fail(header ? header.errors : [{ line: 1, column: null, message: 'the file is empty' }]);
      copy.end();
      return result;
    }
    result.versioned = header.reader.versioned;
    result.departmentColumn = header.reader.departmentColumn;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      const { line, cells } = next.value;
      if (cells.every((cell) => cell.trim() === '')) continue;
      result.rowsRead += 1;
      onRows(result.rowsRead);
      const parsed = header.reader.read({ cells, line, trailingEmptyCellsDropped: source.trailingEmptyCellsDropped });
      if (!parsed.ok) {
        fail(parsed.errors);
        continue;
      }
      // In an event log a ticket's earlier rows may name groups it left:
      // departments are resolved after the latest versions are known.
      const departmentId = result.versioned ? null : this.departmentOf(parsed.row, line, header.reader.departmentColumn, resolver, departmentIds, fail);
      if ((!result.versioned && !departmentId) || result.errorCount > 0) continue; // after an error nothing will be stored: only keep checking
      this.count(parsed.row, result);
      if (!copy.write(copyLine(this.stageValues(line, departmentId, parsed.row, parsed.version)))) await once(copy, 'drain');
    }
    copy.end();
    await once(copy, 'finish');
    return result;
  }

  private departmentOf(row: RequestRow, line: number, column: number | null, resolver: DepartmentResolver, cache: Map<string, string | null>, fail: (errors: ImportError[]) => void): string | null {
    const key = departmentNameKey(row.department);
    if (!cache.has(key)) {
      const resolved = resolver.resolve({ name: row.department, line, column });
      cache.set(key, 'id' in resolved ? resolved.id : null);
      if ('error' in resolved) fail([{ ...resolved.error, value: resolved.error.value ?? undefined }]);
    }
    return cache.get(key) ?? null;
  }

  private count(row: RequestRow, result: Streamed): void {
    if (row.readInTimeZone) result.localTimes += 1;
    if (!row.mappedToOther) return;
    const entry = result.mapped.get(row.mappedToOther.value) ?? { field: 'channel', value: row.mappedToOther.value, count: 0 };
    entry.count += 1;
    result.mapped.set(row.mappedToOther.value, entry);
  }

  private stageValues(line: number, departmentId: string | null, row: RequestRow, version: RowVersion | null): (string | number | boolean | null)[] {
    return [
      line, row.externalId, departmentId, row.requestType, row.channel, isoOrNull(row.openedAt), isoOrNull(row.firstResponseAt),
      isoOrNull(row.resolvedAt), row.resolution, row.slaMet, row.reopened, row.handlingMinutes,
      version?.rank ?? null, isoOrNull(version?.updatedAt ?? null), row.department,
    ];
  }

  /**
   * Departments of the tickets' latest versions only (each name at the
   * first line it is kept on), written into the stage; errors for unknown ones.
   */
  private async resolveLatestDepartments(runner: QueryRunner, resolver: DepartmentResolver, column: number | null): Promise<ImportError[]> {
    const names: { department_name: string; line: number }[] = await runner.query(
      `SELECT department_name, min(line)::int AS line FROM (${LATEST_IN_STAGE}) latest GROUP BY department_name ORDER BY min(line)`,
    );
    const errors: ImportError[] = [];
    const ids: string[] = [];
    for (const { department_name: name, line } of names) {
      const resolved = resolver.resolve({ name, line, column });
      if ('error' in resolved) errors.push({ ...resolved.error, value: resolved.error.value ?? undefined });
      else ids.push(resolved.id);
    }
    if (errors.length > 0) return errors;
    await runner.query(
      `UPDATE request_stage s SET department_id = m.id FROM unnest($1::text[], $2::uuid[]) AS m(name, id) WHERE s.department_name = m.name`,
      [names.map((n) => n.department_name), ids],
    );
    return [];
  }

  /** The same external id twice in one file: an error on each later line. */
  private async duplicateIds(runner: QueryRunner): Promise<ImportError[]> {
    const rows: { external_id: string; lines: number[] }[] = await runner.query(
      `SELECT external_id, array_agg(line ORDER BY line) AS lines FROM request_stage
       GROUP BY external_id HAVING count(*) > 1 ORDER BY min(line) LIMIT 100`,
    );
    return rows.flatMap(({ external_id, lines }) =>
      lines.slice(1).map((line) => ({ line, column: 1, message: `external_id ${external_id} is also on line ${lines[0]}`, value: external_id })),
    );
  }
}
