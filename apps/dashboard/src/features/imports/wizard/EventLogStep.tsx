import { useEffect } from 'react';
import { CheckboxField, SelectField } from '@esm-planner/dashboard-ui';
import type { DistinctValue } from './preview-request';
import { guessEventColumns } from './column-suggestions';
import { ResolvedStatusesFieldset } from './ResolvedStatusesFieldset';
import { withEventLog, type WizardMapping } from './wizard-mapping';
import type { StepProblems } from './wizard-steps';

export type EventLogStepProps = {
  headers: readonly string[];
  mapping: WizardMapping;
  distinct: ReadonlyMap<string, DistinctValue[]>;
  problems: StepProblems;
  ensureDistinct: (columns: readonly string[]) => Promise<void>;
  onChange: (change: (current: WizardMapping) => WizardMapping) => void;
};

/** A file of events rather than requests: which column times them, and which statuses mean resolved. */
export function EventLogStep({
  headers,
  mapping,
  distinct,
  problems,
  ensureDistinct,
  onChange,
}: EventLogStepProps) {
  const log = mapping.eventLog;
  useEffect(() => {
    if (log.enabled && log.status) void ensureDistinct([log.status]);
  }, [ensureDistinct, log.enabled, log.status]);
  const statuses = log.status ? distinct.get(log.status) : undefined;
  const setLog = (patch: Partial<WizardMapping['eventLog']>) =>
    onChange((current) => ({
      ...current,
      eventLog: { ...current.eventLog, ...patch },
    }));
  const columns = headers.map((header) => ({ value: header, label: header }));
  return (
    <div className="wizard-step">
      <CheckboxField
        label="Each row is one event of a request (an event log)"
        name="eventLog"
        checked={log.enabled}
        hint="An audit history or a status-change log: the rows of one request share its id. Each request is built from its events: opened at the first, resolved when it last became resolved, reopened when it left a resolved status, everything else from its last event."
        onChange={(enabled) =>
          onChange((current) =>
            withEventLog(current, enabled, guessEventColumns(headers)),
          )
        }
      />
      {log.enabled ? (
        <>
          <div className="wizard-grid">
            <SelectField
              label="Time of each event"
              name="eventTime"
              value={log.eventTime}
              placeholder="Choose a column…"
              options={columns}
              required
              error={problems.fields.eventTime}
              onChange={(eventTime) => setLog({ eventTime })}
            />
            <SelectField
              label="Status after each event"
              name="eventStatus"
              value={log.status}
              options={[{ value: '', label: 'No status column' }, ...columns]}
              hint="Without one, every request counts as unresolved unless “Resolved at” is read from a column."
              onChange={(status) => setLog({ status, resolvedStatuses: [] })}
            />
          </div>
          {log.status ? (
            <ResolvedStatusesFieldset
              statuses={statuses}
              resolvedStatuses={log.resolvedStatuses}
              error={problems.fields.resolvedStatuses}
              onChange={(resolvedStatuses) => setLog({ resolvedStatuses })}
            />
          ) : null}
        </>
      ) : null}
    </div>
  );
}
