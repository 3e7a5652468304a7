import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { QueryRunner } from 'typeorm';
import { RequestColumns } from '@esm-planner/domain-imports';
import { DepartmentResolver } from '../import-departments';
import { openStaged } from '../readers/staged-file';
import { CopySafeScanner } from './copy-safe-scanner';
import { MappedValue } from './importer';
import type { StageTable } from './requests-merge';
import { streamToCopy } from './stream-to-copy';
import {
  optionalDecimalValue,
  optionalInstantValue,
  requiredInstantValue,
  requiredTextOk,
  STAGED_ROW_INVALID,
} from './requests-fast-sql';
import {
  CategoricalField,
  CategoricalMaps,
  categoricalReaders,
  Categoricals,
  readCategoricals,
} from './fast-path-categoricals';

export type FastPathResult =
  | {
      ok: true;
      rowsRead: number;
      mappedToOther: MappedValue[];
      stage: StageTable;
    }
  | { ok: false; reason: string };

// csv-parse refuses records over 1,000,000 characters; stay well below.
const MAX_RECORD_BYTES = 500_000;

/**
 * The schema holding one import's working tables (dropped with its
 * transaction, or by dropFastPathTables once merged).
 */
export const fastPathSchema = (jobId: string) =>
  `import_${jobId.replace(/[^0-9a-f]/gi, '')}`;

export async function dropFastPathTables(
  runner: QueryRunner,
  jobId: string,
): Promise<void> {
  await runner.query(`DROP SCHEMA IF EXISTS ${fastPathSchema(jobId)} CASCADE`);
}

/**
 * The fast request path: the file's bytes go straight to PostgreSQL with
 * COPY into a text table (request_raw, one row per record, `line` from an
 * identity column), and are checked and typed in SQL into a stage table.
 * These are unlogged tables in a schema of the import's own, created in its
 * transaction — not temp tables — so that PostgreSQL can check and type the
 * rows with parallel workers (they cannot read a session's temp tables).
 * A rollback removes them; nothing is ever written to the WAL for them.
 * Categorical columns (department, request type, channel, resolution,
 * booleans) are read by the same JavaScript functions as the general path,
 * once per distinct value. It declines — and the caller rolls back to its
 * savepoint and runs the JavaScript path, which reports every error with
 * its line and column — whenever the file could be read differently by the
 * two paths or has anything wrong with it. Only a valid file is loaded here.
 */
export async function loadWithCopy({
  runner,
  client,
  jobId,
  filePath,
  delimiter,
  columns,
  headerWidth,
  resolver,
  onRows,
  onBytes,
}: {
  runner: QueryRunner;
  jobId: string;
  client: PoolClient;
  filePath: string;
  delimiter: string;
  columns: RequestColumns;
  headerWidth: number;
  resolver: DepartmentResolver;
  onRows: (rows: number) => void;
  onBytes: (bytes: number) => void;
}): Promise<FastPathResult> {
  const cells = Array.from(
    { length: headerWidth },
    (_, index) => `c${index + 1}`,
  );
  const schema = fastPathSchema(jobId);
  const raw = `${schema}.request_raw`;
  const stage = `${schema}.request_stage`;
  const copied = await copyRawRecords(runner, client, {
    schema,
    raw,
    cells,
    filePath,
    delimiter,
    onRows,
    onBytes,
  });
  if (copied !== 'copied') return { ok: false, reason: copied };

  const blank = cells
    .map((c) => `coalesce(btrim(r.${c}), '') = ''`)
    .join(' AND ');
  const categoricals = categoricalReaders(columns, resolver);
  const read = await readCategoricals(runner, { raw, blank, categoricals });
  if (!read.ok) return read;
  await createTypedStage(runner, {
    raw,
    stage,
    cells,
    blank,
    columns,
    categoricals,
    maps: read.maps,
  });
  const [{ rows, bad }] = await runner.query(
    `SELECT count(*)::int AS rows, count(*) FILTER (WHERE ${STAGED_ROW_INVALID})::int AS bad FROM ${stage}`,
  );
  if (rows === 0 || bad > 0)
    return {
      ok: false,
      reason: rows === 0 ? 'no rows' : `${bad} rows need the JavaScript checks`,
    };
  await runner.query(`DROP TABLE ${raw}`);
  onRows(rows);
  return {
    ok: true,
    rowsRead: rows,
    mappedToOther: read.mappedToOther,
    stage: { table: stage, sortBeforeInsert: false },
  };
}

/**
 * The file's bytes into the raw table (the import's schema created first),
 * once the scanner has vouched that COPY reads its records as the CSV
 * reader would; 'copied', or why not.
 */
async function copyRawRecords(
  runner: QueryRunner,
  client: PoolClient,
  {
    schema,
    raw,
    cells,
    filePath,
    delimiter,
    onRows,
    onBytes,
  }: {
    schema: string;
    raw: string;
    cells: string[];
    filePath: string;
    delimiter: string;
    onRows: (rows: number) => void;
    onBytes: (bytes: number) => void;
  },
): Promise<'copied' | 'declined' | 'failed'> {
  await runner.query(`CREATE SCHEMA ${schema}`);
  await runner.query(
    `CREATE UNLOGGED TABLE ${raw} (line integer GENERATED ALWAYS AS IDENTITY (START WITH 2), ${cells.map((c) => `${c} text`).join(', ')})`,
  );
  const scanner = new CopySafeScanner(delimiter.charCodeAt(0));
  const input = await openStaged(filePath, 1 << 20);
  const copy = client.query(
    copyFrom(
      `COPY ${raw} (${cells.join(', ')}) FROM STDIN WITH (FORMAT csv, HEADER true, DELIMITER '${delimiter}')`,
    ),
  );
  return streamToCopy({
    input,
    copy,
    scanner,
    onBytes,
    onRows: () => onRows(Math.max(0, scanner.lines - 1)),
  });
}

/** The raw table's rows checked and typed into the stage table. */
async function createTypedStage(
  runner: QueryRunner,
  {
    raw,
    stage,
    cells,
    blank,
    columns,
    categoricals,
    maps,
  }: {
    raw: string;
    stage: string;
    cells: string[];
    blank: string;
    columns: RequestColumns;
    categoricals: Categoricals;
    maps: CategoricalMaps;
  },
): Promise<void> {
  // Each categorical cell is looked up in its map, passed as a jsonb
  // parameter (a binary search per row); a join would need the planner to
  // estimate the blank-row filter, which it cannot.
  const parameters: string[] = [];
  const mapped = (field: CategoricalField) => {
    const { index, type } = categoricals[field];
    if (index === null) return `NULL::${type}`;
    parameters.push(JSON.stringify(maps.get(field)));
    return `($${parameters.length}::jsonb ->> coalesce(r.${cells[index]}, ''))::${type}`;
  };
  const at = (index: number | null) =>
    index === null ? 'NULL::text' : `r.${cells[index]}`;
  const externalId = at(columns.externalId);
  const recordBytes = cells
    .map((c) => `coalesce(octet_length(r.${c}), 0)`)
    .join(' + ');
  // One statement, one level, so that every check and cast runs in the
  // parallel workers (CREATE TABLE AS may use them; INSERT may not): each
  // column checked and typed on its own, a failed check leaving a NULL or
  // a marker that STAGED_ROW_INVALID finds. Rows stay in about the file's
  // order: sorting them by external id costs as much as it saves when the
  // merge inserts a shuffled file, and nothing is saved on the usual file
  // numbered in order.
  await runner.query(
    `CREATE UNLOGGED TABLE ${stage} AS
     SELECT r.line,
            CASE WHEN ${requiredTextOk(externalId, 200)} AND (${recordBytes}) <= ${MAX_RECORD_BYTES} THEN btrim(${externalId}) END AS external_id,
            ${mapped('department')} AS department_id, ${mapped('requestType')} AS request_type, ${mapped('channel')} AS channel,
            ${requiredInstantValue(at(columns.openedAt))} AS opened_at, ${optionalInstantValue(at(columns.firstResponseAt))} AS first_response_at,
            ${optionalInstantValue(at(columns.resolvedAt))} AS resolved_at, ${mapped('resolution')} AS resolution,
            ${mapped('slaMet')} AS sla_met, ${mapped('reopened')} AS reopened, ${optionalDecimalValue(at(columns.handlingMinutes))} AS handling_minutes
       FROM ${raw} r
      WHERE NOT (${blank})`,
    parameters,
  );
}
