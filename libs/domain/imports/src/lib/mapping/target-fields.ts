import { CHANNELS } from '@esm-planner/domain-audit';
import { MAX_DEPARTMENT_NAME_LENGTH } from '@esm-planner/domain-departments';
import { AUDIT_COLUMNS } from '../audit-row';
import {
  CellResult,
  parseCount,
  parseOptionalDecimal,
  requiredText,
} from '../cell-values';
import { ColumnSpec } from '../header';
import { METRICS_COLUMNS } from '../metrics-row';
import { MAX_EXTERNAL_ID_LENGTH, REQUEST_COLUMNS } from '../request-row';
import {
  parseOptionalBoolean,
  parseOptionalResolution,
} from '../request-values';
import { MAX_CELL_LENGTH } from '../row-reader';
import { ImportKind } from './column-mapping';

/** How a target field's text is read; decides what a constant or value-map target may be. */
export type TargetType =
  | 'text'
  | 'channel'
  | 'resolution'
  | 'boolean'
  | 'count'
  | 'decimal'
  | 'timestamp'
  | 'date';

/** One field of a target format, as a mapping names it. */
export type TargetField = {
  /** Its column name in the format: `opened_at`. */
  name: string;
  required: boolean;
  type: TargetType;
  /** Whether `values` may map it (data-formats §5: channel, resolution, sla_met, reopened, department, request_type). */
  valueMapped: boolean;
  /** Longest text accepted (text fields). */
  maxLength?: number;
};

const TYPES: Readonly<Record<string, TargetType>> = {
  channel: 'channel',
  resolution: 'resolution',
  opened_at: 'timestamp',
  first_response_at: 'timestamp',
  resolved_at: 'timestamp',
  handling_minutes: 'decimal',
  avg_handling_minutes: 'decimal',
  avg_first_response_hours: 'decimal',
  mean_resolution_hours: 'decimal',
  week_start: 'date',
  count: 'count',
  total: 'count',
  deflected: 'count',
  no_touch: 'count',
  resolved: 'count',
  sla_tracked: 'count',
};

const MAX_LENGTHS: Readonly<Record<string, number>> = {
  external_id: MAX_EXTERNAL_ID_LENGTH,
  department: MAX_DEPARTMENT_NAME_LENGTH,
  request_type: MAX_CELL_LENGTH,
};

function fields(kind: ImportKind, specs: readonly ColumnSpec[]): TargetField[] {
  return specs.map((spec) => {
    // sla_met is a yes/no of one request in format 2, a count of a week in format 3.
    const type =
      spec.name === 'sla_met' || spec.name === 'reopened'
        ? kind === 'REQUESTS'
          ? 'boolean'
          : 'count'
        : (TYPES[spec.name] ?? 'text');
    const valueMapped =
      ['channel', 'resolution', 'boolean'].includes(type) ||
      ['department', 'request_type'].includes(spec.name);
    const field: TargetField = {
      name: spec.name,
      required: spec.required,
      type,
      valueMapped,
    };
    if (type === 'text')
      field.maxLength = MAX_LENGTHS[spec.name] ?? MAX_CELL_LENGTH;
    return field;
  });
}

/** The fields of each import kind, in the format's column order. */
export const TARGET_FIELDS: Readonly<
  Record<ImportKind, readonly TargetField[]>
> = {
  AUDIT: fields('AUDIT', AUDIT_COLUMNS),
  REQUESTS: fields('REQUESTS', REQUEST_COLUMNS),
  METRICS: fields('METRICS', METRICS_COLUMNS),
};

/** The format's columns (ColumnSpec) of a kind, for its row parser. */
export const FORMAT_COLUMNS = {
  AUDIT: AUDIT_COLUMNS,
  REQUESTS: REQUEST_COLUMNS,
  METRICS: METRICS_COLUMNS,
} as const;

/** A target field of a kind by name, or undefined. */
export function targetField(
  kind: ImportKind,
  name: string,
): TargetField | undefined {
  return TARGET_FIELDS[kind].find((field) => field.name === name);
}

/**
 * Whether `text` is a value the field can hold as a constant or a value-map
 * target, in canonical form: a channel or resolution by its name, a yes/no
 * as the format reads it, a count or a decimal as written in the formats.
 * Dates are never constants (a whole file opened at one instant is a mistake).
 */
export function checkTargetValue(
  field: TargetField,
  text: string,
): CellResult<string> {
  switch (field.type) {
    case 'channel': {
      const name = text.trim().toUpperCase();
      return (CHANNELS as readonly string[]).includes(name)
        ? { ok: true, value: name }
        : {
            ok: false,
            message: `is not a channel; use one of ${CHANNELS.join(', ')}`,
          };
    }
    case 'resolution': {
      const read = parseOptionalResolution(text);
      return read.ok && read.value !== null
        ? { ok: true, value: read.value }
        : {
            ok: false,
            message:
              'is not a resolution; use one of DEFLECTED, NO_TOUCH, AGENT, UNRESOLVED',
          };
    }
    case 'boolean': {
      const read = parseOptionalBoolean(text);
      return read.ok && read.value !== null
        ? { ok: true, value: String(read.value) }
        : { ok: false, message: 'is not a yes or no; use true or false' };
    }
    case 'count': {
      const read = parseCount(text);
      return read.ok
        ? { ok: true, value: String(read.value) }
        : { ok: false, message: `${read.message}` };
    }
    case 'decimal': {
      const read = parseOptionalDecimal(text);
      return read.ok && read.value !== null
        ? { ok: true, value: text.trim() }
        : { ok: false, message: read.ok ? 'is empty' : read.message };
    }
    case 'timestamp':
    case 'date':
      return { ok: false, message: 'is a date: bind it to a column' };
    case 'text':
      return requiredText({ maxLength: field.maxLength ?? MAX_CELL_LENGTH })(
        text,
      );
  }
}
