import {
  dateFormatProblem,
  isKnownTimeZone,
} from '@esm-planner/shared-util-dates';
import {
  ColumnMappingInput,
  FieldProblem,
  IMPORT_KINDS,
  ImportKind,
} from './column-mapping';
import { KIND_LABELS, problemSink, ProblemSink } from './mapping-problems';
import { columnLookup } from './source-header';
import { validateBindings } from './validate-bindings';
import {
  validateResolutionRule,
  validateSourceColumns,
  validateValueMaps,
} from './validate-mapping-parts';

export { KIND_LABELS } from './mapping-problems';
export type { ProblemSink } from './mapping-problems';

/** Longest mapping name accepted. */
export const MAX_MAPPING_NAME_LENGTH = 200;

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
  const out = problemSink(lookup);
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
