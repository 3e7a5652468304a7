import { columnKey, ColumnLookup } from '@esm-planner/domain-imports';
import { AppError } from '../../common/app-error';
import { DistinctCounts, DistinctValue } from './dto/import-preview';

// Distinct values kept per column: a free-text column stops growing the
// list here (its counts so far are kept, and the list says it was cut).
const MAX_DISTINCT_VALUES = 20_000;
const MAX_VALUE_LENGTH = 200;

type CountedColumn = {
  key: string;
  index: number;
  counts: Map<string, number>;
  truncated: boolean;
};

/**
 * Whole-file counts of the values of the columns asked (previewImport's
 * `distinctValues`): values trimmed and cut to 200 characters, the most
 * frequent first.
 * @throws AppError (bad input) for a column the file does not have.
 */
export class DistinctValueCounter {
  private readonly columns: CountedColumn[];

  constructor(lookup: ColumnLookup, columnNames: readonly string[]) {
    this.columns = columnNames.map((name) => {
      const index = lookup.indexOf(name);
      if (index === undefined || index === null) {
        throw AppError.badInput([
          {
            field: 'distinctValues.column',
            message: `the file has no column "${name}"; its columns are ${lookup.names.slice(0, 30).join(', ')}`,
          },
        ]);
      }
      return {
        key: columnKey(name),
        index,
        counts: new Map<string, number>(),
        truncated: false,
      };
    });
  }

  /** Counts one record's values. */
  add(cells: readonly string[]): void {
    for (const column of this.columns) {
      const value = (cells[column.index] ?? '')
        .trim()
        .slice(0, MAX_VALUE_LENGTH);
      const count = column.counts.get(value);
      if (count !== undefined) column.counts.set(value, count + 1);
      else if (column.counts.size < MAX_DISTINCT_VALUES)
        column.counts.set(value, 1);
      else column.truncated = true;
    }
  }

  /** Each column's values, most frequent first (then in alphabetical order). */
  counts(): DistinctCounts {
    return new Map(
      this.columns.map((column) => [
        column.key,
        {
          truncated: column.truncated,
          values: [...column.counts]
            .map(([value, count]): DistinctValue => ({ value, count }))
            .sort(
              (a, b) => b.count - a.count || a.value.localeCompare(b.value),
            ),
        },
      ]),
    );
  }
}
