import { ImportError } from './import-error';

/** One column of an import format. */
export type ColumnSpec<F extends string = string> = {
  /** The field of the parsed row it fills (`requestType`). */
  readonly field: F;
  /** Its name in the format (data-formats.md), snake_case (`request_type`). */
  readonly name: string;
  readonly required: boolean;
};

/**
 * The 0-based index of each field's column in the records (the reader's
 * cell arrays); null for an optional column the file does not have.
 */
export type ColumnIndexes<C extends readonly ColumnSpec[]> = {
  readonly [S in C[number] as S['field']]: S['required'] extends true
    ? number
    : number | null;
};

export type HeaderMapping<C extends readonly ColumnSpec[]> =
  | {
      ok: true;
      columns: ColumnIndexes<C>;
      /** How many cells the header has: every record must have as many. */
      headerWidth: number;
    }
  | { ok: false; errors: ImportError[] };

// A header with thousands of names would make an unreadable message.
const MAX_LISTED_NAMES = 30;
const MAX_LISTED_NAME_LENGTH = 60;

/**
 * A header cell as compared with the format's names: a UTF-8 byte-order
 * mark dropped, trimmed, lower case, runs of spaces and hyphens as one
 * underscore ("Request Type", "request-type" → "request_type").
 */
export function headerKey(cell: string): string {
  return cell
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/**
 * Finds each column of the format in the header row. Unknown columns are
 * ignored. Fails when a required column is missing (one error naming the
 * missing ones and the columns found) or a known column appears twice.
 */
export function mapHeader<C extends readonly ColumnSpec[]>({
  header,
  columns,
  line = 1,
}: {
  header: readonly string[];
  columns: C;
  /** The header's line; 1 unless the reader skipped lines before it. */
  line?: number;
}): HeaderMapping<C> {
  const known = new Map(columns.map((spec) => [spec.name, spec]));
  const found = new Map<string, number>();
  const errors: ImportError[] = [];
  header.forEach((cell, index) => {
    const spec = known.get(headerKey(cell));
    if (!spec) return;
    const first = found.get(spec.field);
    if (first === undefined) {
      found.set(spec.field, index);
      return;
    }
    errors.push({
      line,
      column: index + 1,
      field: spec.name,
      message: `column ${spec.name} appears twice (columns ${first + 1} and ${index + 1})`,
    });
  });
  const missing = columns.filter((s) => s.required && !found.has(s.field));
  if (missing.length > 0) {
    errors.unshift({
      line,
      column: null,
      message: missingMessage(missing, header),
    });
  }
  if (errors.length > 0) return { ok: false, errors };
  const indexes = Object.fromEntries(
    columns.map((spec) => [spec.field, found.get(spec.field) ?? null]),
  );
  return {
    ok: true,
    columns: indexes as ColumnIndexes<C>,
    headerWidth: header.length,
  };
}

function missingMessage(
  missing: readonly ColumnSpec[],
  header: readonly string[],
): string {
  const names = missing.map((spec) => spec.name).join(', ');
  const plural = missing.length === 1 ? 'column' : 'columns';
  const foundNames = header
    .map((cell) => cell.replace(/^\uFEFF/, '').trim())
    .filter((cell) => cell !== '');
  if (foundNames.length === 0) {
    return `missing required ${plural} ${names}; the header row has no column names`;
  }
  const listed = foundNames
    .slice(0, MAX_LISTED_NAMES)
    .map((name) =>
      name.length > MAX_LISTED_NAME_LENGTH
        ? `${name.slice(0, MAX_LISTED_NAME_LENGTH)}…`
        : name,
    );
  const more = foundNames.length - listed.length;
  const rest = more > 0 ? ` and ${more} more` : '';
  return `missing required ${plural} ${names}; the header has ${listed.join(', ')}${rest}`;
}

/** Each field's column name and index, for reading and reporting. */
export function columnRefs<C extends readonly ColumnSpec[]>(
  specs: C,
  columns: ColumnIndexes<C>,
): Record<C[number]['field'], { name: string; index: number | null }> {
  const indexes = columns as Readonly<Record<string, number | null>>;
  return Object.fromEntries(
    specs.map((spec) => [
      spec.field,
      { name: spec.name, index: indexes[spec.field] ?? null },
    ]),
  ) as Record<C[number]['field'], { name: string; index: number | null }>;
}
