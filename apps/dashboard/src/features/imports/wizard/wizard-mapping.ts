import {
  columnKey,
  TARGET_FIELDS,
  type ColumnMappingInput,
  type FieldBinding,
  type ImportKind,
  type ValueMapEntry,
} from '@esm-planner/domain-imports';
import { AS_READ, MISSING } from './value-targets';

/** What the wizard holds for one target field. */
export type FieldChoice =
  | { kind: 'unbound' }
  | { kind: 'column'; column: string }
  | { kind: 'constant'; value: string };

/** The event-log settings of request records (data-formats §5 `eventLog`). */
export type EventLogChoice = {
  enabled: boolean;
  eventTime: string;
  status: string;
  resolvedStatuses: string[];
};

/**
 * The mapping as the wizard edits it: one choice per target field, value
 * maps per field keyed by the value as the file writes it, and the rest.
 * `kept` carries what a copied mapping had that the wizard does not edit
 * (a built-in's aliases, fallbacks, resolution rule…), so a copy still works.
 */
export type WizardMapping = {
  name: string;
  kind: ImportKind;
  fields: Readonly<Record<string, FieldChoice>>;
  /** field → value in the file → target value; a value left out is read as it is. */
  values: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** A date-fns format; empty for ISO-8601. */
  dateFormat: string;
  /** An IANA zone; empty for the organisation's. */
  timeZone: string;
  missingValues: readonly string[];
  eventLog: EventLogChoice;
  kept: Kept;
};

type Kept = {
  fieldExtras: Readonly<
    Record<string, Pick<FieldBinding, 'default' | 'fallback' | 'label'>>
  >;
  /** Value maps that are not plain "this value → that" (STARTS_WITH, GREATER_THAN…). */
  patternValues: readonly ValueMapEntry[];
  rest: Pick<
    ColumnMappingInput,
    'otherDateFormats' | 'sourceColumns' | 'resolutionRule'
  >;
  sequence?: string;
  /** The namespace of the files' external ids: a copy of a built-in keeps the vendor's. */
  source?: string;
};

const NOTHING_KEPT: Kept = { fieldExtras: {}, patternValues: [], rest: {} };

export const NO_EVENT_LOG: EventLogChoice = {
  enabled: false,
  eventTime: '',
  status: '',
  resolvedStatuses: [],
};

/** A new mapping of a kind: nothing bound yet. */
export function emptyMapping(kind: ImportKind): WizardMapping {
  return {
    name: '',
    kind,
    fields: Object.fromEntries(
      TARGET_FIELDS[kind].map((field) => [
        field.name,
        { kind: 'unbound' } as FieldChoice,
      ]),
    ),
    values: {},
    dateFormat: '',
    timeZone: '',
    missingValues: [],
    eventLog: NO_EVENT_LOG,
    kept: NOTHING_KEPT,
  };
}

/** A saved mapping (or a built-in one, when copied) as the wizard's state. */
export function fromColumnMapping(
  mapping: ColumnMappingInput,
  source?: string,
): WizardMapping {
  const base = emptyMapping(mapping.kind);
  const fields: Record<string, FieldChoice> = { ...base.fields };
  const fieldExtras: Record<
    string,
    Pick<FieldBinding, 'default' | 'fallback' | 'label'>
  > = {};
  for (const binding of mapping.fields) {
    if (typeof binding.column === 'string')
      fields[binding.field] = { kind: 'column', column: binding.column };
    else if (typeof binding.constant === 'string')
      fields[binding.field] = { kind: 'constant', value: binding.constant };
    const extras = withoutEmpty({
      default: binding.default,
      fallback: binding.fallback,
      label: binding.label,
    });
    if (Object.keys(extras).length > 0) fieldExtras[binding.field] = extras;
  }
  const values: Record<string, Record<string, string>> = {};
  const patternValues: ValueMapEntry[] = [];
  for (const entry of mapping.values ?? []) {
    if (entry.match && entry.match !== 'EXACT') {
      patternValues.push(entry);
      continue;
    }
    values[entry.field] = { ...values[entry.field], [entry.from]: entry.to };
  }
  const eventLog = mapping.eventLog;
  return {
    ...base,
    name: mapping.name,
    fields,
    values,
    dateFormat: mapping.dateFormat ?? '',
    timeZone: mapping.timeZone ?? '',
    missingValues: mapping.missingValues ?? [],
    eventLog: eventLog
      ? {
          enabled: true,
          eventTime: eventLog.eventTime,
          status: eventLog.status ?? '',
          resolvedStatuses: eventLog.resolvedStatuses ?? [],
        }
      : NO_EVENT_LOG,
    kept: {
      fieldExtras,
      patternValues,
      rest: withoutEmpty({
        otherDateFormats: mapping.otherDateFormats,
        sourceColumns: mapping.sourceColumns,
        resolutionRule: mapping.resolutionRule,
      }),
      sequence: eventLog?.sequence,
      source,
    },
  };
}

/**
 * The mapping input the API takes (ColumnMappingInput, api.md): bound fields
 * only, value maps without the values left as read, defaults left out.
 */
export function toColumnMappingInput(state: WizardMapping): ColumnMappingInput {
  const fields: FieldBinding[] = [];
  for (const field of TARGET_FIELDS[state.kind]) {
    const choice = state.fields[field.name] ?? { kind: 'unbound' };
    const extras = state.kept.fieldExtras[field.name] ?? {};
    if (choice.kind === 'column')
      fields.push({ field: field.name, column: choice.column, ...extras });
    else if (choice.kind === 'constant')
      fields.push({
        field: field.name,
        constant: choice.value.trim(),
        ...extras,
      });
  }
  const values: ValueMapEntry[] = [];
  for (const [field, entries] of Object.entries(state.values)) {
    // A value map only means something for a field read from a column.
    if (state.fields[field]?.kind !== 'column') continue;
    for (const [from, to] of Object.entries(entries))
      if (to !== '') values.push({ field, from, to });
  }
  values.push(
    ...state.kept.patternValues.filter(
      (entry) => state.fields[entry.field]?.kind === 'column',
    ),
  );
  const missingValues = unique(
    state.missingValues.map((value) => value.trim()).filter(Boolean),
  );
  const input: ColumnMappingInput = {
    name: state.name.trim(),
    kind: state.kind,
    fields,
    ...state.kept.rest,
  };
  if (values.length > 0) input.values = values;
  if (state.dateFormat.trim()) input.dateFormat = state.dateFormat.trim();
  if (state.timeZone) input.timeZone = state.timeZone;
  if (missingValues.length > 0) input.missingValues = missingValues;
  if (state.kind === 'REQUESTS' && state.eventLog.enabled) {
    const { eventTime, status, resolvedStatuses } = state.eventLog;
    input.eventLog = {
      eventTime,
      ...(status ? { status, resolvedStatuses } : {}),
      ...(state.kept.sequence ? { sequence: state.kept.sequence } : {}),
    };
  }
  return input;
}

/**
 * Sets what one value of the file becomes: a value-map entry, "as read"
 * (no entry), or MISSING — then it joins the mapping's missing values, which
 * hold for the whole file.
 */
export function withValueTarget(
  current: WizardMapping,
  field: string,
  value: string,
  target: string,
): WizardMapping {
  const key = value.trim().toLowerCase();
  const missingValues = current.missingValues.filter(
    (missing) => missing.trim().toLowerCase() !== key,
  );
  const entries = { ...current.values[field] };
  delete entries[value];
  if (target === MISSING) missingValues.push(value.trim());
  else if (target !== AS_READ) entries[value] = target;
  return {
    ...current,
    missingValues,
    values: { ...current.values, [field]: entries },
  };
}

/**
 * Switches the event log on or off. Switched on, a column bound to "opened
 * at" is taken as the events' time instead (each row's time is an event's,
 * and the opening time is then the first event's), unless a time is chosen;
 * else the guessed columns fill what is not chosen yet.
 */
export function withEventLog(
  current: WizardMapping,
  enabled: boolean,
  guess: { eventTime: string; status: string } = { eventTime: '', status: '' },
): WizardMapping {
  if (!enabled)
    return { ...current, eventLog: { ...current.eventLog, enabled: false } };
  const opened = current.fields.opened_at;
  if (opened?.kind !== 'column' || current.eventLog.eventTime) {
    // Nothing chosen yet: the columns that look like an event's time and status.
    const eventTime = current.eventLog.eventTime || guess.eventTime;
    const status =
      current.eventLog.status ||
      (guess.status !== eventTime ? guess.status : '');
    return {
      ...current,
      eventLog: { ...current.eventLog, enabled: true, eventTime, status },
    };
  }
  return {
    ...current,
    fields: { ...current.fields, opened_at: { kind: 'unbound' } },
    eventLog: { ...current.eventLog, enabled: true, eventTime: opened.column },
  };
}

/** The column bound to a field, or null. */
export function boundColumn(
  state: WizardMapping,
  field: string,
): string | null {
  const choice = state.fields[field];
  return choice?.kind === 'column' ? choice.column : null;
}

/** Whether a mapping's column (by name) is one of the file's, compared as data-formats §5 says. */
export function hasColumn(headers: readonly string[], column: string): boolean {
  const key = columnKey(column);
  return headers.some((header) => columnKey(header) === key);
}

function unique(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = value.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function withoutEmpty<T extends Record<string, unknown>>(
  record: T,
): Partial<T> {
  return Object.fromEntries(
    Object.entries(record).filter(
      ([, value]) => value !== undefined && value !== null,
    ),
  ) as Partial<T>;
}
