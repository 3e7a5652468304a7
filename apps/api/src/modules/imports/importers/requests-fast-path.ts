import { createReadStream } from 'node:fs';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { QueryRunner } from 'typeorm';
import { MAX_DEPARTMENT_NAME_LENGTH } from '@esm-planner/domain-departments';
import {
  CellResult,
  channelFromSource,
  MAX_CELL_LENGTH,
  parseOptionalBoolean,
  parseOptionalResolution,
  reportedValue,
  RequestColumns,
  requiredText,
} from '@esm-planner/domain-imports';
import { DepartmentResolver } from '../import-departments';
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

export type FastPathResult =
  | {
      ok: true;
      rowsRead: number;
      mappedToOther: MappedValue[];
      stage: StageTable;
    }
  | { ok: false; reason: string };

// A column with more distinct values than this (free-text request types)
// is not mapped in memory: the file takes the JavaScript path.
const MAX_DISTINCT = 20_000;
// csv-parse refuses records over 1,000,000 characters; stay well below.
const MAX_RECORD_BYTES = 500_000;

type Categorical = {
  type: string;
  index: number | null;
  read: (raw: string, line: number) => CellResult<unknown>;
};
type CategoricalField =
  | 'department'
  | 'requestType'
  | 'channel'
  | 'resolution'
  | 'slaMet'
  | 'reopened';

const cellOf = (index: number) => `r.c${index + 1}`;

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
  await runner.query(`CREATE SCHEMA ${schema}`);
  await runner.query(
    `CREATE UNLOGGED TABLE ${raw} (line integer GENERATED ALWAYS AS IDENTITY (START WITH 2), ${cells.map((c) => `${c} text`).join(', ')})`,
  );
  const scanner = new CopySafeScanner(delimiter.charCodeAt(0));
  const copy = client.query(
    copyFrom(
      `COPY ${raw} (${cells.join(', ')}) FROM STDIN WITH (FORMAT csv, HEADER true, DELIMITER '${delimiter}')`,
    ),
  );
  const copied = await streamToCopy({
    input: createReadStream(filePath, { highWaterMark: 1 << 20 }),
    copy,
    scanner,
    onBytes,
    onRows: () => onRows(Math.max(0, scanner.lines - 1)),
  });
  if (copied !== 'copied') return { ok: false, reason: copied };

  const blank = cells
    .map((c) => `coalesce(btrim(r.${c}), '') = ''`)
    .join(' AND ');
  const mappedToOther = new Map<string, MappedValue>();
  const categoricals: Record<CategoricalField, Categorical> = {
    department: {
      type: 'uuid',
      index: columns.department,
      read: (raw, line) => {
        const name = requiredText({ maxLength: MAX_DEPARTMENT_NAME_LENGTH })(
          raw,
        );
        if (!name.ok) return name;
        const resolved = resolver.resolve({
          name: name.value,
          line,
          column: columns.department + 1,
        });
        return 'id' in resolved
          ? { ok: true, value: resolved.id }
          : { ok: false, message: resolved.error.message };
      },
    },
    requestType: {
      type: 'text',
      index: columns.requestType,
      read: requiredText({ maxLength: MAX_CELL_LENGTH }),
    },
    channel: {
      type: 'text',
      index: columns.channel,
      read: (raw) => {
        const mapped = channelFromSource(raw);
        return mapped
          ? { ok: true, value: mapped }
          : { ok: false, message: 'is empty' };
      },
    },
    resolution: {
      type: 'text',
      index: columns.resolution,
      read: parseOptionalResolution,
    },
    slaMet: {
      type: 'boolean',
      index: columns.slaMet,
      read: parseOptionalBoolean,
    },
    reopened: {
      type: 'boolean',
      index: columns.reopened,
      read: parseOptionalBoolean,
    },
  };
  const maps = new Map<CategoricalField, Record<string, unknown>>();
  // The distinct values of every categorical column in one scan.
  const present = (
    Object.entries(categoricals) as [keyof typeof categoricals, Categorical][]
  ).filter(([, c]) => c.index !== null);
  const distinct: ({ g: number; n: number; line: number } & Record<
    string,
    string
  >)[] = await runner.query(
    `SELECT ${present.map((_, i) => `x${i}`).join(', ')}, GROUPING(${present.map((_, i) => `x${i}`).join(', ')}) AS g, count(*)::int AS n, min(line) AS line
       FROM (SELECT r.line, ${present.map(([, c], i) => `coalesce(${cellOf(c.index!)}, '') AS x${i}`).join(', ')} FROM ${raw} r WHERE NOT (${blank})) v
      GROUP BY GROUPING SETS (${present.map((_, i) => `(x${i})`).join(', ')}) LIMIT ${MAX_DISTINCT * present.length + 1}`,
  );
  if (distinct.length > MAX_DISTINCT * present.length)
    return { ok: false, reason: 'too many distinct categorical values' };
  for (const [i, [field, categorical]] of present.entries()) {
    // GROUPING() has a 0 bit for the grouped column, the first argument highest.
    const mine = distinct.filter(
      (row) => ((row.g >> (present.length - 1 - i)) & 1) === 0,
    );
    if (mine.length > MAX_DISTINCT)
      return {
        ok: false,
        reason: `more than ${MAX_DISTINCT} distinct ${field} values`,
      };
    // Object.fromEntries defines own properties, "__proto__" included.
    const entries: [string, unknown][] = [];
    for (const row of mine) {
      const raw = row[`x${i}`];
      if (raw.length > MAX_CELL_LENGTH)
        return { ok: false, reason: `a long ${field}` };
      const read = categorical.read(raw, row.line);
      if (!read.ok) return { ok: false, reason: `${field} ${read.message}` };
      let value = read.value;
      if (field === 'channel') {
        const mapped = value as { channel: string; mappedToOther: boolean };
        if (mapped.mappedToOther)
          countMapped(mappedToOther, reportedValue(raw.trim()), row.n);
        value = mapped.channel;
      }
      entries.push([raw, value]);
    }
    maps.set(field, Object.fromEntries(entries));
  }

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
    mappedToOther: [...mappedToOther.values()].sort(
      (a, b) => b.count - a.count,
    ),
    stage: { table: stage, sortBeforeInsert: false },
  };
}

function countMapped(
  mapped: Map<string, MappedValue>,
  value: string,
  count: number,
): void {
  const entry = mapped.get(value) ?? { field: 'channel', value, count: 0 };
  entry.count += count;
  mapped.set(value, entry);
}
