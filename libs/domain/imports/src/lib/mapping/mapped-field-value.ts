import { MAX_DEPARTMENT_NAME_LENGTH } from '@esm-planner/domain-departments';
import {
  CellResult,
  parseCount,
  parseMonday,
  parseOptionalDecimal,
  requiredText,
} from '../cell-values';
import { channelFromSource } from '../channel-value';
import {
  parseOptionalBoolean,
  parseOptionalResolution,
} from '../request-values';
import { MAX_CELL_LENGTH } from '../row-reader';
import { ReadTimestamp } from '../timestamp';
import { FieldPlan, MappingPlan } from './field-plan';
import { mapField } from './mapped-record';

// One value of a mapped field read on its own, outside a row: what the SQL
// path asks for once per distinct value of a column.

/**
 * The text the format reader gets for one source value of a field's bound
 * column: missing → the default (or empty), else through the value map.
 */
export function mapFieldText(
  plan: MappingPlan,
  field: FieldPlan,
  raw: string,
): string {
  const cells: string[] = [];
  if (field.column !== null) cells[field.column] = raw;
  return mapField(plan, { ...field, fallback: null }, cells).text;
}

/** mapFieldText, then the format's reading of that field (null for missing). */
export function readFieldValue(
  plan: MappingPlan,
  field: FieldPlan,
  raw: string,
): CellResult<unknown> {
  const text = mapFieldText(plan, field, raw);
  if (text.length > MAX_CELL_LENGTH)
    return {
      ok: false,
      message: `is longer than ${MAX_CELL_LENGTH.toLocaleString('en')} characters`,
    };
  return readTyped(plan, field, text);
}

/** One timestamp with the plan's formats and zone; null for a missing value. */
export function readMappedTimestamp(
  plan: MappingPlan,
  raw: string,
): CellResult<ReadTimestamp | null> {
  if (plan.isMissing(raw)) return { ok: true, value: null };
  const read = plan.dates.readInstant(raw);
  if (!read.ok) return read;
  const { epochMs, hadOffset, localTime } = read.value;
  return {
    ok: true,
    value:
      localTime === 'EXACT'
        ? { epochMs, hadOffset }
        : { epochMs, hadOffset, localTime },
  };
}

/** The format's reading of one field's text (as its row reader does it). */
function readTyped(
  plan: MappingPlan,
  field: FieldPlan,
  text: string,
): CellResult<unknown> {
  const empty = text.trim() === '';
  switch (field.field.type) {
    case 'text':
      return requiredText({
        maxLength:
          field.field.name === 'department'
            ? MAX_DEPARTMENT_NAME_LENGTH
            : (field.field.maxLength ?? MAX_CELL_LENGTH),
      })(text);
    case 'channel': {
      const channel = channelFromSource(text);
      return channel
        ? { ok: true, value: channel }
        : { ok: false, message: 'is empty' };
    }
    case 'resolution':
      return parseOptionalResolution(text);
    case 'boolean':
      return parseOptionalBoolean(text);
    case 'count':
      return field.field.required
        ? parseCount(text)
        : empty
          ? { ok: true, value: null }
          : parseCount(text);
    case 'decimal':
      return parseOptionalDecimal(text);
    case 'timestamp': {
      if (empty)
        return field.field.required
          ? { ok: false, message: 'is empty' }
          : { ok: true, value: null };
      return plan.dates.readInstant(text);
    }
    case 'date': {
      if (!plan.customDates) return parseMonday(text);
      if (empty) return { ok: false, message: 'is empty' };
      const date = plan.dates.readPlainDate(text);
      return date.ok ? parseMonday(date.value) : date;
    }
  }
}
