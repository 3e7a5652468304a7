import {
  compileColumnMapping,
  ImportError,
  MappedEvent,
  TARGET_FIELDS,
} from '@esm-planner/domain-imports';
import { SourceRecord } from '../imports/readers/source-record';
import { StoredMapping } from './column-mapping.mapper';
import { MappedRow } from './dto/import-preview';

const camel = (name: string) =>
  name.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** A row's value as the preview shows it: instants in ISO-8601 UTC, "" when missing. */
function shown(field: string, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (field.endsWith('_at') && typeof value === 'number')
    return new Date(value).toISOString();
  return String(value);
}

const plain = (errors: readonly ImportError[]) =>
  errors.map(({ line, column, message, value }) => ({
    line,
    column,
    message,
    value,
  }));

/**
 * The first rows of a file as a mapping reads them, with the engine the
 * import uses: each row's target fields, or its problems. An event log's
 * previewed events are built into cases (cases whose events go on past the
 * previewed rows are shown as far as those rows go).
 */
export function previewMappedRows({
  mapping,
  header,
  sample,
  timeZone,
}: {
  mapping: StoredMapping;
  header: readonly string[];
  sample: readonly SourceRecord[];
  timeZone: string;
}): {
  fields: string[];
  rows: MappedRow[];
  problems: ImportError[];
} {
  const fields = TARGET_FIELDS[mapping.kind].map((field) => field.name);
  const compiled = compileColumnMapping({ mapping, header, timeZone });
  if (!compiled.ok)
    return { fields, rows: [], problems: plain(compiled.errors) };
  const reader = compiled.mapping;
  const rows: MappedRow[] = [];
  const problems: ImportError[] = [];
  const values = (row: object) =>
    fields.map((field) =>
      shown(field, (row as Record<string, unknown>)[camel(field)]),
    );
  if (reader.eventLog) {
    const events: MappedEvent[] = [];
    for (const record of sample) {
      const read = reader.readEvent(record);
      if (read.ok) events.push(read.event);
      else problems.push(...plain(read.errors));
    }
    for (const built of reader.buildCases(events)) {
      if (built.result.ok)
        rows.push({ line: built.line, values: values(built.result.row) });
      else problems.push(...plain(built.result.errors));
    }
  } else {
    for (const record of sample) {
      const read = reader.readRow(record);
      if (read.ok) rows.push({ line: record.line, values: values(read.row) });
      else problems.push(...plain(read.errors));
    }
  }
  return {
    fields,
    rows,
    problems: problems.sort(
      (a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0),
    ),
  };
}
