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
import { MappedValue } from './importer';

// A column with more distinct values than this (free-text request types)
// is not mapped in memory: the file takes the JavaScript path.
const MAX_DISTINCT = 20_000;

/** A categorical column of format 2: its SQL type, where it is, how a value reads. */
export type Categorical = {
  type: string;
  index: number | null;
  read: (raw: string, line: number) => CellResult<unknown>;
};
export type CategoricalField =
  | 'department'
  | 'requestType'
  | 'channel'
  | 'resolution'
  | 'slaMet'
  | 'reopened';
export type Categoricals = Record<CategoricalField, Categorical>;

/** Each categorical column's values read once: raw cell → typed value. */
export type CategoricalMaps = Map<CategoricalField, Record<string, unknown>>;

const cellOf = (index: number) => `r.c${index + 1}`;

/**
 * The categorical columns and the domain functions that read them — the
 * same as the JavaScript path's, so that both paths read a value alike.
 */
export function categoricalReaders(
  columns: RequestColumns,
  resolver: DepartmentResolver,
): Categoricals {
  return {
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
}

/**
 * The distinct values of every categorical column of the raw table, in one
 * scan, each read once; the values mapped to OTHER with their row counts.
 * A reason to decline when a value does not read or there are too many.
 */
export async function readCategoricals(
  runner: QueryRunner,
  {
    raw,
    blank,
    categoricals,
  }: { raw: string; blank: string; categoricals: Categoricals },
): Promise<
  | { ok: true; maps: CategoricalMaps; mappedToOther: MappedValue[] }
  | { ok: false; reason: string }
> {
  const mappedToOther = new Map<string, MappedValue>();
  const maps: CategoricalMaps = new Map();
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
  return {
    ok: true,
    maps,
    mappedToOther: [...mappedToOther.values()].sort(
      (a, b) => b.count - a.count,
    ),
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
