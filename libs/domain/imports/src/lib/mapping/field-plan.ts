import { createDateReader, DateReader } from '@esm-planner/shared-util-dates';
import { ImportError } from '../import-error';
import {
  ColumnMappingInput,
  FieldBinding,
  ImportKind,
  ResolutionValue,
} from './column-mapping';
import { CompiledCondition, compileCondition } from './condition';
import { ColumnLookup, columnLookup } from './source-header';
import { checkTargetValue, TARGET_FIELDS, TargetField } from './target-fields';
import {
  compileValueMap,
  CompiledValueMap,
  missingTest,
  valueKey,
} from './value-map';

/**
 * How one target field is read from a file — what the SQL path needs to do
 * the same: the source column (0-based) or the constant, the default of a
 * missing cell, the fallback column and its condition, the value map.
 */
export type FieldPlan = {
  readonly field: TargetField;
  /** The field's position in the format's columns (0-based). */
  readonly index: number;
  /** COLUMN: read from `column`; CONSTANT: `constant` on every row; NONE: not bound (missing). */
  readonly source: 'COLUMN' | 'CONSTANT' | 'NONE';
  /** 0-based source column; null when not bound, constant, or an optional column the file lacks. */
  readonly column: number | null;
  /** How messages name the field: the source column's header, else the field's name. */
  readonly name: string;
  readonly constant: string | null;
  readonly default: string | null;
  readonly fallback: {
    readonly column: number | null;
    readonly name: string;
    readonly when: CompiledCondition | null;
  } | null;
  readonly values: CompiledValueMap | null;
  /** How messages about other fields name this one (`the opening time`). */
  readonly label: string;
};

/** A compiled resolution rule: cases in order, conditions with their columns found. */
export type CompiledResolutionRule = {
  readonly cases: readonly {
    when: readonly CompiledCondition[];
    then: ResolutionValue;
  }[];
  readonly otherwise: ResolutionValue;
};

/** Everything compiled from a mapping and a header, shared by row and event reading. */
export type MappingPlan = {
  readonly kind: ImportKind;
  readonly name: string;
  /** The file's column names as the mapping sees them (repeats as `text (2)`). */
  readonly columnNames: readonly string[];
  readonly headerWidth: number;
  /** One plan per field of the format, in the format's column order. */
  readonly fields: readonly FieldPlan[];
  readonly isMissing: (raw: string) => boolean;
  /**
   * The missing values as compared (trimmed, lower case), besides the empty
   * cell: for SQL, `lower(btrim(cell)) = ANY(missingKeys) OR btrim(cell) = ''`.
   */
  readonly missingKeys: readonly string[];
  readonly dates: DateReader;
  /** Whether the mapping names date formats (else ISO-8601, and week_start as YYYY-MM-DD). */
  readonly customDates: boolean;
  /** The zone naive timestamps are read in (the mapping's, else the organisation's). */
  readonly timeZone: string;
  readonly resolutionRule: CompiledResolutionRule | null;
  readonly lookup: ColumnLookup;
};

/** Every column a mapping names, in the order it names them (for "missing columns" messages). */
function namedColumns(mapping: ColumnMappingInput): string[] {
  const names: string[] = [];
  for (const binding of mapping.fields) {
    if (binding.column !== undefined && binding.column !== null)
      names.push(binding.column);
    if (binding.fallback) names.push(binding.fallback.column);
    if (binding.fallback?.when?.column)
      names.push(binding.fallback.when.column);
  }
  for (const ruleCase of mapping.resolutionRule?.cases ?? []) {
    for (const condition of ruleCase.when)
      if (condition.column) names.push(condition.column);
  }
  const log = mapping.eventLog;
  if (log)
    names.push(
      ...[log.eventTime, log.status, log.sequence].filter(
        (name): name is string => typeof name === 'string',
      ),
    );
  return names;
}

const MAX_LISTED = 30;

/**
 * The columns a mapping names that the file lacks, as one import error
 * (data-formats §4: "missing required ones are an error naming the columns
 * that were found"); null when the file has them all.
 */
export function missingColumnsError(
  mapping: ColumnMappingInput,
  lookup: ColumnLookup,
): ImportError | null {
  const missing = [
    ...new Set(
      namedColumns(mapping)
        .filter((name) => lookup.indexOf(name) === undefined)
        .map((name) => name.trim()),
    ),
  ];
  if (missing.length === 0) return null;
  const found = lookup.names.filter((name) => !/^column \d+$/.test(name));
  const shown =
    found.slice(0, MAX_LISTED).join(', ') +
    (found.length > MAX_LISTED ? ` and ${found.length - MAX_LISTED} more` : '');
  return {
    line: 1,
    column: null,
    message: `this is not a ${mapping.name} export: missing ${missing.length === 1 ? 'column' : 'columns'} ${missing.join(', ')}; the header has ${shown || 'no column names'}`,
  };
}

function fieldPlan(
  field: TargetField,
  index: number,
  binding: FieldBinding | undefined,
  mapping: ColumnMappingInput,
  lookup: ColumnLookup,
): FieldPlan {
  const entries = (mapping.values ?? []).filter(
    (entry) => entry.field === field.name,
  );
  const canonical = (text: string | undefined | null) => {
    if (text === undefined || text === null) return null;
    const checked = checkTargetValue(field, text);
    return checked.ok ? checked.value : text;
  };
  const base = {
    field,
    index,
    values: compileValueMap(
      entries.map((entry) => ({ ...entry, to: canonical(entry.to)! })),
    ),
    fallback: null,
    default: null,
  };
  if (!binding)
    return {
      ...base,
      source: 'NONE',
      column: null,
      name: field.name,
      constant: null,
      label: field.name,
    };
  if (binding.constant !== undefined && binding.constant !== null) {
    return {
      ...base,
      source: 'CONSTANT',
      column: null,
      name: field.name,
      constant: canonical(binding.constant),
      label: binding.label ?? field.name,
    };
  }
  const column = lookup.indexOf(binding.column!) ?? null;
  const name = column === null ? binding.column!.trim() : lookup.names[column];
  const fallbackColumn = binding.fallback
    ? (lookup.indexOf(binding.fallback.column) ?? null)
    : null;
  return {
    ...base,
    source: 'COLUMN',
    column,
    name,
    constant: null,
    default: canonical(binding.default),
    fallback: binding.fallback
      ? {
          column: fallbackColumn,
          name:
            fallbackColumn === null
              ? binding.fallback.column.trim()
              : lookup.names[fallbackColumn],
          when: binding.fallback.when
            ? compileCondition(binding.fallback.when, lookup)
            : null,
        }
      : null,
    label: binding.label ?? name,
  };
}

/**
 * Compiles a validated mapping against a file's header. Fails (one error on
 * line 1) when the file lacks columns the mapping names.
 */
export function planMapping({
  mapping,
  header,
  timeZone,
}: {
  mapping: ColumnMappingInput;
  header: readonly string[];
  /** The organisation's zone, used when the mapping has none. */
  timeZone: string;
}): { ok: true; plan: MappingPlan } | { ok: false; errors: ImportError[] } {
  const lookup = columnLookup(header, mapping.sourceColumns ?? []);
  const missing = missingColumnsError(mapping, lookup);
  if (missing) return { ok: false, errors: [missing] };
  const zone = mapping.timeZone ?? timeZone;
  const rule = mapping.resolutionRule;
  return {
    ok: true,
    plan: {
      kind: mapping.kind,
      name: mapping.name,
      columnNames: lookup.names,
      headerWidth: header.length,
      fields: TARGET_FIELDS[mapping.kind].map((field, index) =>
        fieldPlan(
          field,
          index,
          mapping.fields.find((binding) => binding.field === field.name),
          mapping,
          lookup,
        ),
      ),
      isMissing: missingTest(mapping.missingValues),
      missingKeys: [
        ...new Set(
          (mapping.missingValues ?? [])
            .map(valueKey)
            .filter((key) => key !== ''),
        ),
      ],
      dates: createDateReader({
        dateFormat: mapping.dateFormat,
        otherDateFormats: mapping.otherDateFormats,
        timeZone: zone,
      }),
      customDates:
        (mapping.dateFormat !== undefined && mapping.dateFormat !== null) ||
        (mapping.otherDateFormats ?? []).length > 0,
      timeZone: zone,
      resolutionRule: rule
        ? {
            cases: rule.cases.map((ruleCase) => ({
              when: ruleCase.when.map((condition) =>
                compileCondition(condition, lookup),
              ),
              then: ruleCase.then,
            })),
            otherwise: rule.otherwise ?? 'AGENT',
          }
        : null,
      lookup,
    },
  };
}
