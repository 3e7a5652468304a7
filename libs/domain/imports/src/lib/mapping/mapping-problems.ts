import { reportedValue } from '../import-error';
import { Condition, FieldProblem, ImportKind } from './column-mapping';
import { ColumnLookup } from './source-header';
import { targetField } from './target-fields';

// How a mapping's validators report: problems named by their path in the
// input, with the checks every part shares (a column name, a condition).

/** What each kind is called in messages. */
export const KIND_LABELS: Readonly<Record<ImportKind, string>> = {
  AUDIT: 'audit rows',
  REQUESTS: 'request records',
  METRICS: 'weekly metrics',
};

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

/** A sink of problems that checks column names against `lookup` (when given). */
export function problemSink(lookup: ColumnLookup | null): ProblemSink {
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
