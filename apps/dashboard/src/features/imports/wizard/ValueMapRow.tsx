import type { TargetField } from '@esm-planner/domain-imports';
import { formatCount } from '../../formatting/format';
import type { DistinctValue } from './preview-request';
import { AS_READ, MISSING, readAsIs, type ValueTarget } from './value-targets';

export type ValueMapRowProps = {
  field: TargetField;
  label: string;
  entry: DistinctValue;
  /** What the value becomes now: a target, AS_READ or MISSING. */
  chosen: string;
  /** The value's renamed text (a field without a fixed list of targets). */
  renamedTo: string;
  targets: readonly ValueTarget[];
  onChange: (value: string, target: string) => void;
};

/** One value of the column, how many rows hold it, and what it becomes. */
export function ValueMapRow({
  field,
  label,
  entry: { value, count },
  chosen,
  renamedTo,
  targets,
  onChange,
}: ValueMapRowProps) {
  const asRead = readAsIs(field, value);
  // A request type has no fixed list: a value is renamed rather than picked.
  const renamed = targets.length === 0;
  return (
    <tr>
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
            value={renamedTo}
            onChange={(event) => onChange(value, event.target.value)}
          />
        ) : (
          <select
            className="ui-field__control ui-field__control--select wizard-table__select"
            aria-label={`${label} for “${value}”`}
            value={chosen}
            onChange={(event) => onChange(value, event.target.value)}
          >
            <option value={AS_READ}>{`As read: ${asRead.text}`}</option>
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
}
