import { FieldProblem } from '@esm-planner/shared-util-field-problems';
/**
 * A column mapping (data-formats §5): how any CSV or XLSX becomes one of the
 * import formats. Plain JSON — it is stored as jsonb and shown in GraphQL
 * exactly as written here. The built-in vendor readers are mappings of this
 * same shape (builtin-mappings.ts).
 *
 * Column names (in `fields[].column`, `fallback`, conditions and `eventLog`)
 * are a header's text, compared without case and surrounding spaces; a header
 * that occurs more than once is named `text (2)`, `text (3)`… from its second
 * occurrence.
 */
export type ColumnMappingInput = {
  name: string;
  kind: ImportKind;
  /** One binding per target field, by the field's column name in the format (`opened_at`). */
  fields: FieldBinding[];
  /** Source value → target value, per field, matched without case. */
  values?: ValueMapEntry[];
  /** A date-fns format string; by default ISO-8601. */
  dateFormat?: string;
  /**
   * Extension: more date-fns formats, tried in order when `dateFormat` (or
   * ISO-8601) does not read a value — for exports that mix forms.
   */
  otherDateFormats?: string[];
  /** IANA zone for timestamps without an offset; by default the organisation's. */
  timeZone?: string;
  /** Cell values that mean "missing" (`?`, `N/A`), compared trimmed and without case; an empty cell always does. */
  missingValues?: string[];
  /** The file has one row per event of a case (REQUESTS only). */
  eventLog?: EventLog;
  /** Extension: other header names of a column, and columns a file may lack. */
  sourceColumns?: SourceColumn[];
  /** Extension: how `resolution` is decided when it is not bound to a column or constant. */
  resolutionRule?: ResolutionRule;
};

/** data-formats §1–§3: audit rows, request records, weekly metrics. */
export type ImportKind = 'AUDIT' | 'REQUESTS' | 'METRICS';

/** The kinds, in the order a picker lists them. */
export const IMPORT_KINDS: readonly ImportKind[] = [
  'AUDIT',
  'REQUESTS',
  'METRICS',
];

/** A target field bound to a source column or to a constant — exactly one of them. */
export type FieldBinding = {
  /** The target field, by its column name in the format: `opened_at`, `channel`. */
  field: string;
  /** The source column's header text. */
  column?: string;
  /** The value every row gets (`OTHER` for a file without channels). */
  constant?: string;
  /** Extension: the value of a missing cell (`Unassigned` for a ticket without a group). */
  default?: string;
  /** Extension: where to read when this column's cell is missing (ServiceNow's `closed_at`). */
  fallback?: ColumnFallback;
  /**
   * Extension: how messages about other fields name this one ("resolved_at is
   * before the opening time"); by default its column's header text.
   */
  label?: string;
};

/** Another column read when the bound one is missing, only when `when` holds (if given). */
export type ColumnFallback = { column: string; when?: Condition };

/**
 * A test on one row: a source column's cell (`column`), or a target field's
 * value after missing values, defaults and value maps (`field`; a channel as
 * its canonical name). True when the value, trimmed and without case, equals
 * one of `equals` or contains one of `contains`. A missing value never holds.
 */
export type Condition = {
  column?: string;
  field?: string;
  equals?: string[];
  contains?: string[];
};

/**
 * How a source value is compared with `from` (without case, trimmed):
 * EXACT (the default), STARTS_WITH, CONTAINS, or GREATER_THAN (the value is a
 * number greater than `from`: `reopen_count` > 0 → reopened).
 */
export type ValueMatch = 'EXACT' | 'STARTS_WITH' | 'CONTAINS' | 'GREATER_THAN';

/** The ways a value-map entry matches, EXACT first. */
export const VALUE_MATCHES: readonly ValueMatch[] = [
  'EXACT',
  'STARTS_WITH',
  'CONTAINS',
  'GREATER_THAN',
];

/**
 * Source value → target value for one field. EXACT entries are looked up
 * first; the others are tried in the order given. A value with no entry goes
 * to the format's own reader (so `yes` still reads as true and an unknown
 * channel still becomes OTHER, reported).
 */
export type ValueMapEntry = {
  field: string;
  from: string;
  to: string;
  match?: ValueMatch;
};

/**
 * Extension: a column of the file as the mapping knows it — `name` is what
 * the mapping calls it everywhere; `aliases` are other headers it goes by
 * (ServiceNow's display label `Opened` for `opened_at`); an `optional` column
 * may be absent from the file, and then reads as missing on every row.
 */
export type SourceColumn = {
  name: string;
  aliases?: string[];
  optional?: boolean;
};

/** The four resolutions of format 2. */
export type ResolutionValue = 'DEFLECTED' | 'NO_TOUCH' | 'AGENT' | 'UNRESOLVED';

/**
 * Extension: `resolution` decided per row. A request without `resolved_at`
 * is UNRESOLVED; a resolved one takes the first case whose conditions all
 * hold, else `otherwise` (AGENT when not given). ServiceNow: knowledge = true
 * and reassignment_count = 0 → DEFLECTED.
 */
export type ResolutionRule = {
  cases: { when: Condition[]; then: ResolutionValue }[];
  otherwise?: ResolutionValue;
};

/**
 * data-formats §5 `eventLog`: the file has one row per event of a case; the
 * `external_id` field is the case id. Per case, events are ordered by
 * `sequence` (when given), then event time, ties in file order.
 */
export type EventLog = {
  /** The column holding each event's time, read with the mapping's date formats. */
  eventTime: string;
  /** The column holding the case's status after the event. */
  status?: string;
  /** The status values that mean resolved or closed (without case). */
  resolvedStatuses?: string[];
  /**
   * Extension: a column of whole numbers ordering events before their time
   * (ServiceNow's `sys_mod_count`); a missing number sorts first. With a
   * sequence, an event's time may be missing (it sorts first at its number).
   */
  sequence?: string;
};

/**
 * A problem with a mapping, named by its path in the input (`fields[2].column`,
 * `dateFormat`, `eventLog.eventTime`), for `BAD_USER_INPUT` `extensions.fields`.
 */
export type { FieldProblem };
