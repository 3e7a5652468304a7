import { CompiledMapping, RequestRow } from '@esm-planner/domain-imports';
import { MAX_DEPARTMENT_NAME_LENGTH } from '@esm-planner/domain-departments';
import { DepartmentResolver } from '../../import-departments';
import { CellOutput, SqlType } from './cell-lookups';

/** A value as an SQL literal of its type. */
export const literal = (text: string | null, type: SqlType) =>
  text === null ? `NULL::${type}` : `'${text.replace(/'/g, "''")}'::${type}`;

/** The SQL type of each request field. */
export const TYPES: Record<string, SqlType> = {
  external_id: 'text',
  department: 'uuid',
  request_type: 'text',
  channel: 'text',
  opened_at: 'timestamptz',
  first_response_at: 'timestamptz',
  resolved_at: 'timestamptz',
  resolution: 'text',
  sla_met: 'boolean',
  reopened: 'boolean',
  handling_minutes: 'numeric',
};

/**
 * One raw cell of a field read by the mapping, as its lookup stores it: the
 * department's id (an unknown or overlong name is invalid), the channel, or
 * the value as text; null for a missing value.
 */
export function readCell(
  mapping: CompiledMapping<RequestRow>,
  resolver: DepartmentResolver,
  name: string,
  raw: string,
): CellOutput {
  const read = mapping.readValue(name, raw);
  if (!read.ok) return { ok: false };
  const value = read.value as unknown;
  if (value === null || value === undefined) return { ok: true, value: null };
  if (name === 'department') {
    if (typeof value !== 'string' || value.length > MAX_DEPARTMENT_NAME_LENGTH)
      return { ok: false };
    const resolved = resolver.resolve({
      name: value,
      line: 0,
      column: null,
    });
    return 'id' in resolved ? { ok: true, value: resolved.id } : { ok: false };
  }
  if (name === 'channel')
    return { ok: true, value: (value as { channel: string }).channel };
  return { ok: true, value: String(value) };
}

type InstantLike = { epochMs: number; hadOffset: boolean; localTime?: string };

export function instantOf(read: {
  ok: boolean;
  value?: unknown;
}): InstantLike | null {
  return read.ok && read.value ? (read.value as InstantLike) : null;
}

export function instantOutput(read: {
  ok: boolean;
  value?: unknown;
}): CellOutput {
  if (!read.ok) return { ok: false };
  const instant = instantOf(read);
  return {
    ok: true,
    value: instant ? new Date(instant.epochMs).toISOString() : null,
  };
}
