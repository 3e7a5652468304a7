import { CheckboxField } from '@esm-planner/dashboard-ui';
import { formatCount } from '../../formatting/format';
import type { DistinctValue } from './preview-request';
import { looksResolved } from './value-targets';

export type ResolvedStatusesFieldsetProps = {
  /** The status column's values with their event counts; undefined while counting. */
  statuses: readonly DistinctValue[] | undefined;
  resolvedStatuses: readonly string[];
  error: string | undefined;
  onChange: (resolvedStatuses: string[]) => void;
};

/** An event log's statuses, each ticked when it means resolved or closed. */
export function ResolvedStatusesFieldset({
  statuses,
  resolvedStatuses,
  error,
  onChange,
}: ResolvedStatusesFieldsetProps) {
  return (
    <fieldset
      className="wizard-fieldset"
      aria-describedby="resolved-statuses-error"
    >
      <legend>Statuses that mean resolved or closed</legend>
      {statuses ? (
        statuses
          .filter((entry) => entry.value.trim() !== '')
          .map(({ value, count }) => (
            <CheckboxField
              key={value}
              label={`${value} (${formatCount(count)} ${count === 1 ? 'event' : 'events'})`}
              name={`resolved-${value}`}
              checked={resolvedStatuses.includes(value)}
              onChange={(checked) =>
                onChange(
                  checked
                    ? [...resolvedStatuses, value]
                    : resolvedStatuses.filter((status) => status !== value),
                )
              }
            />
          ))
      ) : (
        <p className="muted">Counting the statuses…</p>
      )}
      {statuses &&
      resolvedStatuses.length === 0 &&
      statuses.some((entry) => looksResolved(entry.value)) ? (
        <p className="muted">
          Likely:{' '}
          {statuses
            .filter((entry) => looksResolved(entry.value))
            .map((entry) => entry.value)
            .join(', ')}
          .
        </p>
      ) : null}
      <p
        id="resolved-statuses-error"
        className="wizard-problem"
        aria-live="polite"
      >
        {error ?? ''}
      </p>
    </fieldset>
  );
}
