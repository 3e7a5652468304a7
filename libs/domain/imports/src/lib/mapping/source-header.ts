import { SourceColumn } from './column-mapping';

/** How column names are compared (data-formats §5): without case and surrounding spaces. */
export function columnKey(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase();
}

/**
 * The names a mapping uses for a file's columns, in order: each header cell
 * trimmed (and without a byte-order mark); a name that occurs more than once
 * (without case) is `text (2)`, `text (3)`, … from its second occurrence —
 * `Notes, Notes` is `Notes, Notes (2)`. Should such a name already be a
 * header of its own, the count goes on to the next free number. An empty
 * header cell is named `column N` (its 1-based position), so that it too can
 * be bound.
 */
export function sourceColumnNames(header: readonly string[]): string[] {
  const cells = header.map((cell, index) => {
    const text = cell.replace(/^\uFEFF/, '').trim();
    return text === '' ? `column ${index + 1}` : text;
  });
  const taken = new Set(cells.map(columnKey));
  const seen = new Map<string, number>();
  return cells.map((text) => {
    const key = columnKey(text);
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    if (count === 1) return text;
    let n = count;
    while (taken.has(columnKey(`${text} (${n})`))) n += 1;
    const name = `${text} (${n})`;
    taken.add(columnKey(name));
    return name;
  });
}

/** Where a mapping's column name is in a file, once the header is known. */
export type ColumnLookup = {
  /** The names of the file's columns (sourceColumnNames). */
  names: readonly string[];
  /**
   * The 0-based index of a column the mapping names (by its name or an
   * alias); null for a declared-optional column the file lacks; undefined
   * for a column the file lacks.
   */
  indexOf(name: string): number | null | undefined;
};

/** Finds a mapping's columns in a file's header, through `sourceColumns` aliases. */
export function columnLookup(
  header: readonly string[],
  sourceColumns: readonly SourceColumn[] = [],
): ColumnLookup {
  const names = sourceColumnNames(header);
  const byKey = new Map<string, number>();
  names.forEach((name, index) => {
    if (!byKey.has(columnKey(name))) byKey.set(columnKey(name), index);
  });
  const declared = new Map(
    sourceColumns.map((column) => [columnKey(column.name), column]),
  );
  return {
    names,
    indexOf(name) {
      const key = columnKey(name);
      const direct = byKey.get(key);
      if (direct !== undefined) return direct;
      const column = declared.get(key);
      if (!column) return undefined;
      for (const alias of column.aliases ?? []) {
        const index = byKey.get(columnKey(alias));
        if (index !== undefined) return index;
      }
      return column.optional ? null : undefined;
    },
  };
}
