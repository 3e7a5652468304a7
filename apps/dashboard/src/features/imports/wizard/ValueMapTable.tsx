import type { TargetField } from '@esm-planner/domain-imports';
import { formatCount } from '../../formatting/format';
import type { DistinctValue } from './preview-request';
import { ScrollRegion } from './ScrollRegion';
import {
  AS_READ,
  MISSING,
  readAsIs,
  valueTargetOptions,
  type ValueTarget,
} from './value-targets';

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
  // A request type has no fixed list: a value is renamed rather than picked.
  const renamed = targets.length === 0;
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
          {values.map(({ value, count }) => {
            const chosen =
              isMissing(value) && value.trim() !== ''
                ? MISSING
                : (entries[value] ?? AS_READ);
            const asRead = readAsIs(field, value);
            return (
              <tr key={value}>
                <th scope="row">{value === '' ? <em>empty</em> : value}</th>
                <td className="ui-table__cell--end">{formatCount(count)}</td>
                <td>
                  {value.trim() === '' ? (
                    <span className="muted">missing</span>
                  ) : renamed ? (
                    <input
                      className="ui-field__control wizard-table__select"
                      aria-label={`${label} for “${value}”`}
                      placeholder="Unchanged"
                      value={entries[value] ?? ''}
                      onChange={(event) => onChange(value, event.target.value)}
                    />
                  ) : (
                    <select
                      className="ui-field__control ui-field__control--select wizard-table__select"
                      aria-label={`${label} for “${value}”`}
                      value={chosen}
                      onChange={(event) => onChange(value, event.target.value)}
                    >
                      <option value={AS_READ}>
                        {asRead.ok
                          ? `As read: ${asRead.text}`
                          : `As read: ${asRead.text}`}
                      </option>
                      {targets.map((target) => (
                        <option key={target.value} value={target.value}>
                          {target.label}
                        </option>
                      ))}
                      <option value={MISSING}>Missing (no value)</option>
                    </select>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
