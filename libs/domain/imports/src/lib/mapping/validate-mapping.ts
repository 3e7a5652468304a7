import {
  dateFormatProblem,
  isKnownTimeZone,
} from '@esm-planner/shared-util-dates';
import { reportedValue } from '../import-error';
import {
  ColumnMappingInput,
  Condition,
  FieldProblem,
  IMPORT_KINDS,
  ImportKind,
} from './column-mapping';
import { columnLookup, ColumnLookup } from './source-header';
import { checkTargetValue, TARGET_FIELDS, targetField } from './target-fields';
import {
  validateResolutionRule,
  validateSourceColumns,
  validateValueMaps,
} from './validate-mapping-parts';

/** What each kind is called in messages. */
export const KIND_LABELS: Readonly<Record<ImportKind, string>> = {
  AUDIT: 'audit rows',
  REQUESTS: 'request records',
  METRICS: 'weekly metrics',
};

/** Longest mapping name accepted. */
export const MAX_MAPPING_NAME_LENGTH = 200;
const MAX_LISTED = 30;

/** Collects problems; `column` checks a column name against the header when one is given. */
export type ProblemSink = {
  problems: FieldProblem[];
  add(field: string, message: string, value?: string): void;
  /** Checks a column name: not empty, and (with a header) in the file. */
  column(path: string, name: string | undefined | null): void;
  condition(
    path: string,
    condition: Condition | undefined,
    kind: ImportKind,
  ): void;
};

function sink(lookup: ColumnLookup | null): ProblemSink {
  const problems: FieldProblem[] = [];
  const add = (field: string, message: string, value?: string) => {
    problems.push(
      value === undefined
        ? { field, message }
        : { field, message, value: reportedValue(value) },
    );
  };
  const column = (path: string, name: string | undefined | null) => {
    if (typeof name !== 'string' || name.trim() === '') {
      add(path, 'is empty: name a column of the file');
      return;
    }
    if (lookup && lookup.indexOf(name) === undefined) {
      const listed = lookup.names.slice(0, MAX_LISTED).join(', ');
      const more =
        lookup.names.length > MAX_LISTED
          ? ` and ${lookup.names.length - MAX_LISTED} more`
          : '';
      add(
        path,
        `the file has no column "${name}"; its columns are ${listed || 'none'}${more}`,
        name,
      );
    }
  };
  const condition = (
    path: string,
    test: Condition | undefined,
    kind: ImportKind,
  ) => {
    if (!test || typeof test !== 'object') {
      add(path, 'is empty');
      return;
    }
    const hasColumn = test.column !== undefined && test.column !== null;
    const hasField = test.field !== undefined && test.field !== null;
    if (hasColumn === hasField)
      add(path, 'give a column or a field to test, not both or neither');
    else if (hasColumn) column(`${path}.column`, test.column);
    else if (!targetField(kind, String(test.field)))
      add(
        `${path}.field`,
        `"${test.field}" is not a field of ${KIND_LABELS[kind]}`,
        String(test.field),
      );
    const equals = test.equals ?? [];
    const contains = test.contains ?? [];
    if (equals.length + contains.length === 0)
      add(path, 'give the values to compare with (equals or contains)');
    contains.forEach((text, index) => {
      if (text.trim() === '')
        add(
          `${path}.contains[${index}]`,
          'is empty: it would match every value',
        );
    });
  };
  return { problems, add, column, condition };
}

/**
 * Every problem with a column mapping, each named by its path in the input
 * (`fields[2].column`) and said in plain words; empty when it is fine.
 * With `header` (the file's first row), column names are checked against it.
 */
export function validateColumnMapping(
  mapping: ColumnMappingInput,
  options: { header?: readonly string[] } = {},
): FieldProblem[] {
  const lookup = options.header
    ? columnLookup(
        options.header,
        Array.isArray(mapping.sourceColumns) ? mapping.sourceColumns : [],
      )
    : null;
  const out = sink(lookup);
  const { add } = out;
  const name = typeof mapping.name === 'string' ? mapping.name.trim() : '';
  if (name === '') add('name', 'is empty: give the mapping a name');
  else if (name.length > MAX_MAPPING_NAME_LENGTH)
    add('name', `is longer than ${MAX_MAPPING_NAME_LENGTH} characters`);
  if (!IMPORT_KINDS.includes(mapping.kind)) {
    add(
      'kind',
      `must be one of ${IMPORT_KINDS.join(', ')}`,
      String(mapping.kind),
    );
    return out.problems;
  }
  const kind = mapping.kind;
  validateSourceColumns(out, mapping.sourceColumns);
  validateBindings(out, mapping);
  validateValueMaps(out, mapping);
  const formats = [mapping.dateFormat, ...(mapping.otherDateFormats ?? [])];
  formats.forEach((format, index) => {
    if (format === undefined || format === null) return;
    const problem = dateFormatProblem(format);
    if (problem)
      add(
        index === 0 ? 'dateFormat' : `otherDateFormats[${index - 1}]`,
        `"${format}" ${problem}`,
        format,
      );
  });
  if (
    mapping.timeZone !== undefined &&
    mapping.timeZone !== null &&
    !isKnownTimeZone(mapping.timeZone)
  ) {
    add(
      'timeZone',
      `"${mapping.timeZone}" is not a time zone name; use an IANA name such as Europe/London or America/New_York`,
      mapping.timeZone,
    );
  }
  (mapping.missingValues ?? []).forEach((value, index) => {
    if (value.length > 100)
      add(`missingValues[${index}]`, 'is longer than 100 characters');
  });
  if (mapping.eventLog) validateEventLog(out, mapping, kind);
  if (mapping.resolutionRule) validateResolutionRule(out, mapping, kind);
  return out.problems;
}

function validateBindings(out: ProblemSink, mapping: ColumnMappingInput): void {
  const { add } = out;
  const kind = mapping.kind;
  const fields = Array.isArray(mapping.fields) ? mapping.fields : [];
  const bound = new Map<string, number>();
  fields.forEach((binding, index) => {
    const path = `fields[${index}]`;
    const target = targetField(kind, binding.field);
    if (!target) {
      const names = TARGET_FIELDS[kind].map((field) => field.name).join(', ');
      add(
        `${path}.field`,
        `"${binding.field}" is not a field of ${KIND_LABELS[kind]}; the fields are ${names}`,
        String(binding.field),
      );
      return;
    }
    const first = bound.get(target.name);
    if (first !== undefined)
      add(
        `${path}.field`,
        `${target.name} is bound twice (also fields[${first}])`,
        target.name,
      );
    else bound.set(target.name, index);
    const hasColumn = binding.column !== undefined && binding.column !== null;
    const hasConstant =
      binding.constant !== undefined && binding.constant !== null;
    if (hasColumn && hasConstant)
      add(
        path,
        `${target.name} has both a column and a constant: give one of them`,
      );
    else if (!hasColumn && !hasConstant)
      add(
        path,
        `${target.name} has neither a column nor a constant: give one of them`,
      );
    else if (hasColumn) out.column(`${path}.column`, binding.column);
    else {
      const checked = checkTargetValue(target, binding.constant!);
      if (!checked.ok)
        add(
          `${path}.constant`,
          `"${binding.constant}" ${checked.message}`,
          binding.constant,
        );
    }
    if (binding.default !== undefined && binding.default !== null) {
      if (!hasColumn)
        add(
          `${path}.default`,
          'a default is for a missing cell: it needs a column',
        );
      const checked = checkTargetValue(target, binding.default);
      if (!checked.ok)
        add(
          `${path}.default`,
          `"${binding.default}" ${checked.message}`,
          binding.default,
        );
    }
    if (binding.fallback) {
      if (!hasColumn)
        add(
          `${path}.fallback`,
          'a fallback is for a missing cell: it needs a column',
        );
      out.column(`${path}.fallback.column`, binding.fallback.column);
      if (binding.fallback.when) {
        out.condition(`${path}.fallback.when`, binding.fallback.when, kind);
        if (
          binding.fallback.when.field !== undefined &&
          binding.fallback.when.field !== null
        ) {
          add(
            `${path}.fallback.when.field`,
            "a fallback's condition tests a column of the file, not a field",
          );
        }
      }
    }
    if (
      binding.label !== undefined &&
      binding.label !== null &&
      (binding.label.trim() === '' || binding.label.length > 100)
    ) {
      add(`${path}.label`, 'must be 1 to 100 characters');
    }
    if (mapping.eventLog && target.name === 'external_id' && hasConstant) {
      add(
        `${path}.constant`,
        'in an event log the case id (external_id) must come from a column',
      );
    }
  });
  const derived = new Set<string>();
  if (mapping.eventLog) derived.add('opened_at');
  if (mapping.resolutionRule) derived.add('resolution');
  const missing = TARGET_FIELDS[kind].filter(
    (field) =>
      field.required && !bound.has(field.name) && !derived.has(field.name),
  );
  if (missing.length > 0) {
    const names = missing.map((field) => field.name).join(', ');
    add(
      'fields',
      `${KIND_LABELS[kind]} need ${names}: bind ${missing.length === 1 ? 'it' : 'each'} to a column or a constant`,
    );
  }
}

function validateEventLog(
  out: ProblemSink,
  mapping: ColumnMappingInput,
  kind: ImportKind,
): void {
  const log = mapping.eventLog!;
  if (kind !== 'REQUESTS') {
    out.add(
      'eventLog',
      `an event log builds request records; ${KIND_LABELS[kind]} cannot have one`,
    );
    return;
  }
  out.column('eventLog.eventTime', log.eventTime);
  const hasStatus = log.status !== undefined && log.status !== null;
  const statuses = log.resolvedStatuses ?? [];
  if (hasStatus) {
    out.column('eventLog.status', log.status);
    if (statuses.length === 0)
      out.add(
        'eventLog.resolvedStatuses',
        'give the status values that mean resolved or closed',
      );
  } else if (statuses.length > 0) {
    out.add(
      'eventLog.status',
      'name the column the resolved statuses are read from',
    );
  }
  statuses.forEach((status, index) => {
    if (status.trim() === '')
      out.add(`eventLog.resolvedStatuses[${index}]`, 'is empty');
  });
  if (log.sequence !== undefined && log.sequence !== null)
    out.column('eventLog.sequence', log.sequence);
}
