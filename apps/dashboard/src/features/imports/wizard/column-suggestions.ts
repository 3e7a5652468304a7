import {
  columnKey,
  TARGET_FIELDS,
  type ColumnMappingInput,
  type ImportKind,
} from '@esm-planner/domain-imports';
import { headerLikeness } from './header-similarity';
import type { FieldChoice } from './wizard-mapping';

/** What suggestions read of a saved or built-in mapping. */
export type KnownMapping = Pick<
  ColumnMappingInput,
  'name' | 'kind' | 'fields' | 'sourceColumns'
> & { builtIn: boolean };

export type ColumnSuggestion = {
  /** The file's column, as the preview names it. */
  column: string;
  /** 0..1: a mapping that names this very column scores highest. */
  score: number;
  /** Why, in words: `used by “Facilities work orders”`, `the header looks like it`. */
  reasons: string[];
};

// A header has to look this much like a field before it is suggested.
const LIKENESS_THRESHOLD = 0.6;
const MAX_SUGGESTIONS = 3;

/** The file's header a mapping's column name stands for (directly or through an alias), if any. */
function headerFor(
  mapping: KnownMapping,
  column: string,
  headers: readonly string[],
): string | null {
  const declared = mapping.sourceColumns?.find(
    (source) => columnKey(source.name) === columnKey(column),
  );
  const names = [column, ...(declared?.aliases ?? [])].map(columnKey);
  return headers.find((header) => names.includes(columnKey(header))) ?? null;
}

/**
 * Columns of the file that may hold `field`, best first: those that saved
 * and built-in mappings of the same kind bind to it (when the file has that
 * column), then headers that look like the field's name or its usual words.
 */
export function suggestColumns({
  kind,
  field,
  headers,
  mappings,
}: {
  kind: ImportKind;
  field: string;
  headers: readonly string[];
  mappings: readonly KnownMapping[];
}): ColumnSuggestion[] {
  const found = new Map<string, ColumnSuggestion>();
  const add = (column: string, score: number, reason: string) => {
    const current = found.get(column);
    if (!current) found.set(column, { column, score, reasons: [reason] });
    else {
      current.score = Math.max(current.score, score);
      if (!current.reasons.includes(reason)) current.reasons.push(reason);
    }
  };
  for (const mapping of mappings) {
    if (mapping.kind !== kind) continue;
    const binding = mapping.fields.find(
      (candidate) => candidate.field === field,
    );
    const header = binding?.column
      ? headerFor(mapping, binding.column, headers)
      : null;
    // A mapping someone saved for files like this one counts a little more than a vendor's.
    if (header)
      add(header, mapping.builtIn ? 0.95 : 1, `used by “${mapping.name}”`);
  }
  for (const header of headers) {
    const likeness = headerLikeness(header, field);
    if (likeness >= LIKENESS_THRESHOLD)
      add(header, 0.9 * likeness, 'the header looks like it');
  }
  return [...found.values()]
    .sort(
      (a, b) =>
        b.score - a.score ||
        headers.indexOf(a.column) - headers.indexOf(b.column),
    )
    .slice(0, MAX_SUGGESTIONS);
}

/**
 * A first guess for every field of the kind: the best suggestion, each
 * column used once (the surest pairs first), the rest left unbound.
 */
export function initialFieldChoices(
  kind: ImportKind,
  headers: readonly string[],
  mappings: readonly KnownMapping[],
): Record<string, FieldChoice> {
  const pairs = TARGET_FIELDS[kind].flatMap((field) =>
    suggestColumns({ kind, field: field.name, headers, mappings }).map(
      (suggestion) => ({ field: field.name, ...suggestion }),
    ),
  );
  pairs.sort((a, b) => b.score - a.score);
  const choices: Record<string, FieldChoice> = Object.fromEntries(
    TARGET_FIELDS[kind].map((field) => [field.name, { kind: 'unbound' }]),
  );
  const used = new Set<string>();
  for (const pair of pairs) {
    if (choices[pair.field].kind !== 'unbound' || used.has(pair.column))
      continue;
    choices[pair.field] = { kind: 'column', column: pair.column };
    used.add(pair.column);
  }
  return choices;
}

/** How many of a mapping's columns the file has: a mapping that fits is worth starting from. */
export function mappingFit(
  mapping: KnownMapping,
  headers: readonly string[],
): { found: number; named: number } {
  const columns = mapping.fields.flatMap((binding) =>
    binding.column ? [binding.column] : [],
  );
  return {
    found: columns.filter(
      (column) => headerFor(mapping, column, headers) !== null,
    ).length,
    named: columns.length,
  };
}

/** The columns that most look like an event log's event time and status, for the first guess. */
export function guessEventColumns(headers: readonly string[]): {
  eventTime: string;
  status: string;
} {
  const best = (field: string) => {
    const scored = headers
      .map((header) => ({ header, likeness: headerLikeness(header, field) }))
      .filter((entry) => entry.likeness >= LIKENESS_THRESHOLD);
    return scored.sort((a, b) => b.likeness - a.likeness)[0]?.header ?? '';
  };
  return { eventTime: best('event_time'), status: best('event_status') };
}
