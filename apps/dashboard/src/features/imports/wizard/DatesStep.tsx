import { useEffect } from 'react';
import { TARGET_FIELDS, type ImportKind } from '@esm-planner/domain-imports';
import { SelectField, TextField } from '@esm-planner/dashboard-ui';
import { COMMON_DATE_FORMATS, formatsThatRead } from './date-formats';
import { DateColumnCheck } from './DateColumnCheck';
import { fieldLabel } from './field-labels';
import type { DistinctValue } from './preview-request';
import { boundColumn, type WizardMapping } from './wizard-mapping';
import type { StepProblems } from './wizard-steps';

export type DatesStepProps = {
  kind: ImportKind;
  mapping: WizardMapping;
  organizationTimeZone: string;
  distinct: ReadonlyMap<string, DistinctValue[]>;
  problems: StepProblems;
  ensureDistinct: (columns: readonly string[]) => Promise<void>;
  onChange: (change: (current: WizardMapping) => WizardMapping) => void;
};

const OTHER = 'other';
const ZONES: readonly string[] =
  typeof Intl.supportedValuesOf === 'function'
    ? Intl.supportedValuesOf('timeZone')
    : ['UTC'];

/** The date format, read live on the file's own values, and the time zone of times without an offset. */
export function DatesStep({
  kind,
  mapping,
  organizationTimeZone,
  distinct,
  problems,
  ensureDistinct,
  onChange,
}: DatesStepProps) {
  const dated = TARGET_FIELDS[kind].flatMap((field) => {
    const column =
      field.type === 'timestamp' || field.type === 'date'
        ? boundColumn(mapping, field.name)
        : null;
    return column ? [{ label: fieldLabel(kind, field.name), column }] : [];
  });
  if (mapping.eventLog.enabled && mapping.eventLog.eventTime)
    dated.push({ label: 'Event time', column: mapping.eventLog.eventTime });
  const columns = [...new Set(dated.map((entry) => entry.column))];
  // The same columns in a new array are not a reason to ask again.
  const columnsKey = columns.join('\u0000');
  useEffect(() => {
    void ensureDistinct(columnsKey === '' ? [] : columnsKey.split('\u0000'));
  }, [ensureDistinct, columnsKey]);

  const allValues = columns.flatMap((column) =>
    (distinct.get(column) ?? []).map((entry) => entry.value),
  );
  return (
    <div className="wizard-step">
      <DateReadingFields
        mapping={mapping}
        organizationTimeZone={organizationTimeZone}
        fitting={formatsThatRead(allValues)}
        problems={problems}
        onChange={onChange}
      />
      {dated.length === 0 ? (
        <p className="muted">No field is read from a date column.</p>
      ) : null}
      {dated.map(({ label, column }) => (
        <DateColumnCheck
          key={`${label}-${column}`}
          label={label}
          column={column}
          values={distinct.get(column)}
          dateFormat={mapping.dateFormat}
        />
      ))}
    </div>
  );
}

/** The date format (a common one or another) and the time zone of times without an offset. */
function DateReadingFields({
  mapping,
  organizationTimeZone,
  fitting,
  problems,
  onChange,
}: Pick<
  DatesStepProps,
  'mapping' | 'organizationTimeZone' | 'problems' | 'onChange'
> & {
  /** The common formats that read every value of the file. */
  fitting: readonly string[];
}) {
  const known = COMMON_DATE_FORMATS.some(
    (entry) => entry.format === mapping.dateFormat,
  );
  const set = (dateFormat: string) =>
    onChange((current) => ({ ...current, dateFormat }));
  return (
    <div className="wizard-grid">
      <SelectField
        label="Date format"
        name="dateFormat"
        value={known ? mapping.dateFormat : OTHER}
        options={[
          ...COMMON_DATE_FORMATS.map((entry) => ({
            value: entry.format,
            label: entry.example,
          })),
          { value: OTHER, label: 'Another format…' },
        ]}
        hint={
          fitting.length > 0
            ? `Reads every value of the file: ${fitting.map((format) => COMMON_DATE_FORMATS.find((entry) => entry.format === format)!.example).join(' or ')}.`
            : undefined
        }
        required
        onChange={(choice) =>
          set(
            choice === OTHER
              ? known
                ? 'dd/MM/yyyy HH:mm'
                : mapping.dateFormat
              : choice,
          )
        }
      />
      {!known ? (
        <TextField
          label="Format, in date-fns letters"
          name="customDateFormat"
          value={mapping.dateFormat}
          error={problems.fields.dateFormat}
          hint="yyyy year, MM month, dd day, HH hours (00–23) or hh with a (AM/PM), mm minutes, ss seconds."
          required
          onChange={set}
        />
      ) : null}
      <SelectField
        label="Time zone"
        name="timeZone"
        value={mapping.timeZone}
        error={problems.fields.timeZone}
        options={[
          {
            value: '',
            label: `The organisation’s (${organizationTimeZone})`,
          },
          ...ZONES.map((zone) => ({
            value: zone,
            label: zone.replace(/_/g, ' '),
          })),
        ]}
        hint="Times without an offset are read in this zone. A time a clock change skips moves on by the gap; a repeated one is its first occurrence."
        onChange={(timeZone) =>
          onChange((current) => ({ ...current, timeZone }))
        }
      />
    </div>
  );
}
