import { createReadStream } from 'node:fs';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { QueryRunner } from 'typeorm';
import { MAX_DEPARTMENT_NAME_LENGTH } from '@esm-planner/domain-departments';
import { CellResult, channelFromSource, MAX_CELL_LENGTH, parseOptionalBoolean, parseOptionalResolution, reportedValue, RequestColumns, requiredText } from '@esm-planner/domain-imports';
import { DepartmentResolver } from '../import-departments';
import { CopySafeScanner } from './copy-safe-scanner';
import { MappedValue } from './importer';
import { streamToCopy } from './stream-to-copy';
import { decimalOk, decimalValue, instantOk, instantValue, optionalInstantOk, requiredTextOk } from './requests-fast-sql';

export type FastPathResult = { ok: true; rowsRead: number; mappedToOther: MappedValue[] } | { ok: false; reason: string };

// A column with more distinct values than this (free-text request types)
// is not mapped in memory: the file takes the JavaScript path.
const MAX_DISTINCT = 20_000;
// csv-parse refuses records over 1,000,000 characters; stay well below.
const MAX_RECORD_BYTES = 500_000;

type Categorical = { table: string; type: string; index: number | null; read: (raw: string, line: number) => CellResult<unknown> };

const cellOf = (index: number) => `r.c${index + 1}`;

/**
 * The fast request path: the file's bytes go straight to PostgreSQL with
 * COPY into a text table (request_raw, one row per record, `line` from an
 * identity column), and are checked and typed in SQL into request_stage.
 * Categorical columns (department, request type, channel, resolution,
 * booleans) are read by the same JavaScript functions as the general path,
 * once per distinct value. It declines — and the caller rolls back to its
 * savepoint and runs the JavaScript path, which reports every error with
 * its line and column — whenever the file could be read differently by the
 * two paths or has anything wrong with it. Only a valid file is loaded here.
 */
export async function loadWithCopy({ runner, client, filePath, delimiter, columns, headerWidth, resolver, onRows, onBytes }: {
  runner: QueryRunner;
  client: PoolClient;
  filePath: string;
  delimiter: string;
  columns: RequestColumns;
  headerWidth: number;
  resolver: DepartmentResolver;
  onRows: (rows: number) => void;
  onBytes: (bytes: number) => void;
}): Promise<FastPathResult> {
  const cells = Array.from({ length: headerWidth }, (_, index) => `c${index + 1}`);
  await runner.query(`CREATE TEMP TABLE request_raw (line integer GENERATED ALWAYS AS IDENTITY (START WITH 2), ${cells.map((c) => `${c} text`).join(', ')}) ON COMMIT DROP`);
  const scanner = new CopySafeScanner(delimiter.charCodeAt(0));
  const copy = client.query(copyFrom(`COPY request_raw (${cells.join(', ')}) FROM STDIN WITH (FORMAT csv, HEADER true, DELIMITER '${delimiter}')`));
  const copied = await streamToCopy({ input: createReadStream(filePath, { highWaterMark: 1 << 20 }), copy, scanner, onBytes, onRows: () => onRows(Math.max(0, scanner.lines - 1)) });
  if (copied !== 'copied') return { ok: false, reason: copied };

  const blankIn = (alias: string) => cells.map((c) => `coalesce(btrim(${alias}.${c}), '') = ''`).join(' AND ');
  const blank = blankIn('r');
  const mappedToOther = new Map<string, MappedValue>();
  const categoricals: Record<'department' | 'requestType' | 'channel' | 'resolution' | 'slaMet' | 'reopened', Categorical> = {
    department: { table: 'map_department', type: 'uuid', index: columns.department, read: (raw, line) => {
      const name = requiredText({ maxLength: MAX_DEPARTMENT_NAME_LENGTH })(raw);
      if (!name.ok) return name;
      const resolved = resolver.resolve({ name: name.value, line, column: columns.department + 1 });
      return 'id' in resolved ? { ok: true, value: resolved.id } : { ok: false, message: resolved.error.message };
    } },
    requestType: { table: 'map_request_type', type: 'text', index: columns.requestType, read: requiredText({ maxLength: MAX_CELL_LENGTH }) },
    channel: { table: 'map_channel', type: 'text', index: columns.channel, read: (raw) => {
      const mapped = channelFromSource(raw);
      return mapped ? { ok: true, value: mapped } : { ok: false, message: 'is empty' };
    } },
    resolution: { table: 'map_resolution', type: 'text', index: columns.resolution, read: parseOptionalResolution },
    slaMet: { table: 'map_sla_met', type: 'boolean', index: columns.slaMet, read: parseOptionalBoolean },
    reopened: { table: 'map_reopened', type: 'boolean', index: columns.reopened, read: parseOptionalBoolean },
  };
  // The distinct values of every categorical column in one scan.
  const present = (Object.entries(categoricals) as [keyof typeof categoricals, Categorical][]).filter(([, c]) => c.index !== null);
  const distinct: ({ g: number; n: number; line: number } & Record<string, string>)[] = await runner.query(
    `SELECT ${present.map((_, i) => `x${i}`).join(', ')}, GROUPING(${present.map((_, i) => `x${i}`).join(', ')}) AS g, count(*)::int AS n, min(line) AS line
       FROM (SELECT r.line, ${present.map(([, c], i) => `coalesce(${cellOf(c.index!)}, '') AS x${i}`).join(', ')} FROM request_raw r WHERE NOT (${blank})) v
      GROUP BY GROUPING SETS (${present.map((_, i) => `(x${i})`).join(', ')}) LIMIT ${MAX_DISTINCT * present.length + 1}`,
  );
  if (distinct.length > MAX_DISTINCT * present.length) return { ok: false, reason: 'too many distinct categorical values' };
  for (const [i, [field, categorical]] of present.entries()) {
    // GROUPING() has a 0 bit for the grouped column, the first argument highest.
    const mine = distinct.filter((row) => ((row.g >> (present.length - 1 - i)) & 1) === 0);
    if (mine.length > MAX_DISTINCT) return { ok: false, reason: `more than ${MAX_DISTINCT} distinct ${field} values` };
    const raws: string[] = [];
    const values: unknown[] = [];
    for (const row of mine) {
      const raw = row[`x${i}`];
      if (raw.length > MAX_CELL_LENGTH) return { ok: false, reason: `a long ${field}` };
      const read = categorical.read(raw, row.line);
      if (!read.ok) return { ok: false, reason: `${field} ${read.message}` };
      let value = read.value;
      if (field === 'channel') {
        const mapped = value as { channel: string; mappedToOther: boolean };
        if (mapped.mappedToOther) countMapped(mappedToOther, reportedValue(raw.trim()), row.n);
        value = mapped.channel;
      }
      raws.push(raw);
      values.push(value);
    }
    await runner.query(`CREATE TEMP TABLE ${categorical.table} (raw text PRIMARY KEY, value ${categorical.type}) ON COMMIT DROP`);
    await runner.query(`INSERT INTO ${categorical.table} SELECT * FROM unnest($1::text[], $2::${categorical.type}[])`, [raws, values]);
    // Statistics, so the planner joins a three-row map with a nested loop.
    await runner.query(`ANALYZE ${categorical.table}`);
  }

  const columnsIn = (alias: string) => {
  const at = (index: number | null) => (index === null ? 'NULL::text' : `${alias}.${cells[index]}`);
    return { opened: at(columns.openedAt), firstResponse: at(columns.firstResponseAt), resolved: at(columns.resolvedAt), handling: at(columns.handlingMinutes), externalId: at(columns.externalId) };
  };
  const { opened, firstResponse, resolved, handling, externalId } = columnsIn('r');
  const q = columnsIn('q');
  const recordBytes = cells.map((c) => `coalesce(octet_length(q.${c}), 0)`).join(' + ');
  const ok = [
    requiredTextOk(q.externalId, 200), instantOk(q.opened), optionalInstantOk(q.firstResponse), optionalInstantOk(q.resolved), decimalOk(q.handling), `(${recordBytes}) <= ${MAX_RECORD_BYTES}`,
  ].join(' AND ');
  const mappedValue = (field: keyof typeof categoricals) => (categoricals[field].index === null ? 'NULL' : `m_${field}.value`);
  const joins = present.map(([field, c]) => `JOIN ${c.table} m_${field} ON m_${field}.raw = coalesce(r.${cells[c.index!]}, '')`).join('\n');
  // One pass: every row checked, each check once (OFFSET 0 keeps a
  // subquery whole), typed only when it passed; the verdict — including
  // "not resolved or first answered before opened" — kept in `checked`.
  await runner.query(
    `INSERT INTO request_stage (line, external_id, department_id, request_type, channel, opened_at, first_response_at, resolved_at, resolution, sla_met, reopened, handling_minutes, checked)
     SELECT line, external_id, department_id, request_type, channel, opened_at, first_response_at, resolved_at, resolution, sla_met, reopened, handling_minutes,
            ok AND (resolved_at IS NULL OR resolved_at >= opened_at) AND (first_response_at IS NULL OR first_response_at >= opened_at)
       FROM (SELECT r.line, r.ok, CASE WHEN r.ok THEN btrim(${externalId}) END AS external_id, ${mappedValue('department')} AS department_id,
                    ${mappedValue('requestType')} AS request_type, ${mappedValue('channel')} AS channel,
                    CASE WHEN r.ok THEN ${instantValue(opened)} END AS opened_at, CASE WHEN r.ok THEN ${instantValue(firstResponse)} END AS first_response_at,
                    CASE WHEN r.ok THEN ${instantValue(resolved)} END AS resolved_at, ${mappedValue('resolution')} AS resolution,
                    ${mappedValue('slaMet')} AS sla_met, ${mappedValue('reopened')} AS reopened, CASE WHEN r.ok THEN ${decimalValue(handling)} END AS handling_minutes
               FROM (SELECT q.*, ${ok} AS ok FROM request_raw q WHERE NOT (${blankIn('q')}) OFFSET 0) r
               ${joins}
             OFFSET 0) typed`,
  );
  const [{ rows, bad }] = await runner.query('SELECT count(*)::int AS rows, count(*) FILTER (WHERE NOT checked)::int AS bad FROM request_stage');
  if (rows === 0 || bad > 0) return { ok: false, reason: rows === 0 ? 'no rows' : `${bad} rows need the JavaScript checks` };
  onRows(rows);
  return { ok: true, rowsRead: rows, mappedToOther: [...mappedToOther.values()].sort((a, b) => b.count - a.count) };
}

function countMapped(mapped: Map<string, MappedValue>, value: string, count: number): void {
  const entry = mapped.get(value) ?? { field: 'channel', value, count: 0 };
  entry.count += count;
  mapped.set(value, entry);
}
