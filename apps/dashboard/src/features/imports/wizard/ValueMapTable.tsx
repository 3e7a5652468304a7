import type { TargetField } from '@esm-planner/domain-imports';
import type { DistinctValue } from './preview-request';
import { ScrollRegion } from './ScrollRegion';
import {
  AS_READ,
  MISSING,
  valueTargetOptions,
  type ValueTarget,
} from './value-targets';
import { ValueMapRow } from './ValueMapRow';

export type ValueMapTableProps = {
  field: TargetField;
  label: string;
  column: string;
  values: readonly DistinctValue[];
  /** value in the file → target; absent: as read. */
  entries: Readonly<Record<string, string>>;
  missingValues: readonly string[];
  /** For department: the organisation's departments. */
  departments: readonly string[];
  onChange: (value: string, target: string) => void;
};

/** The column's values with how many rows hold each, and what each becomes. */
export function ValueMapTable({
  field,
  label,
  column,
  values,
  entries,
  missingValues,
  departments,
  onChange,
}: ValueMapTableProps) {
  const targets: readonly ValueTarget[] =
    valueTargetOptions(field) ??
    (field.name === 'department'
      ? departments.map((name) => ({ value: name, label: name }))
      : []);
  const isMissing = (value: string) =>
    value.trim() === '' ||
    missingValues.some(
      (missing) => missing.toLowerCase() === value.trim().toLowerCase(),
    );
  const caption = `${label}: the values of “${column}”`;
  return (
    <ScrollRegion label={caption} testId={`values-${field.name}`}>
      <table className="ui-table wizard-table wizard-table--fit wizard-table--values">
        <caption className="wizard-table__caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Value in the file</th>
            <th scope="col" className="ui-table__cell--end">
              Rows
            </th>
            <th scope="col">Becomes</th>
          </tr>
        </thead>
        <tbody>
          {values.map((entry) => (
            <ValueMapRow
              key={entry.value}
              field={field}
              label={label}
              entry={entry}
              chosen={
                isMissing(entry.value) && entry.value.trim() !== ''
                  ? MISSING
                  : (entries[entry.value] ?? AS_READ)
              }
              renamedTo={entries[entry.value] ?? ''}
              targets={targets}
              onChange={onChange}
            />
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
