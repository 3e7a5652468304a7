import { useEffect } from 'react';
import { TARGET_FIELDS, type ImportKind } from '@esm-planner/domain-imports';
import { LoadingState, TextField } from '@esm-planner/dashboard-ui';
import { fieldLabel } from './field-labels';
import type { DistinctValue } from './preview-request';
import { useValueTargetGuesses } from './useValueTargetGuesses';
import { ValueMapTable } from './ValueMapTable';
import {
  boundColumn,
  withValueTarget,
  type WizardMapping,
} from './wizard-mapping';

export type ValuesStepProps = {
  kind: ImportKind;
  mapping: WizardMapping;
  distinct: ReadonlyMap<string, DistinctValue[]>;
  departments: readonly string[];
  ensureDistinct: (columns: readonly string[]) => Promise<void>;
  onChange: (change: (current: WizardMapping) => WizardMapping) => void;
};

/** For each field read through values (channel, yes/no, department…): the column's values and what each becomes. */
export function ValuesStep({
  kind,
  mapping,
  distinct,
  departments,
  ensureDistinct,
  onChange,
}: ValuesStepProps) {
  const mapped = TARGET_FIELDS[kind].flatMap((field) => {
    const column = field.valueMapped ? boundColumn(mapping, field.name) : null;
    return column ? [{ field, column }] : [];
  });
  const columns = mapped.map((entry) => entry.column);
  // The same columns in a new array are not a reason to ask again.
  const columnsKey = columns.join('\u0000');
  useEffect(() => {
    void ensureDistinct(columnsKey === '' ? [] : columnsKey.split('\u0000'));
  }, [ensureDistinct, columnsKey]);

  useValueTargetGuesses(mapped, distinct, onChange);

  return (
    <div className="wizard-step">
      <p>
        What each value of the file means. “As read” keeps the import’s own
        reading; values nobody maps to a channel count as Other.
      </p>
      {mapped.length === 0 ? (
        <p className="muted">
          No column needs its values mapped: every field that reads values has
          one value for every row or is left out.
        </p>
      ) : null}
      {mapped.map(({ field, column }) => {
        const values = distinct.get(column);
        return values ? (
          <ValueMapTable
            key={field.name}
            field={field}
            label={fieldLabel(kind, field.name)}
            column={column}
            values={values}
            entries={mapping.values[field.name] ?? {}}
            missingValues={mapping.missingValues}
            departments={departments}
            onChange={(value, target) =>
              onChange((current) =>
                withValueTarget(current, field.name, value, target),
              )
            }
          />
        ) : (
          <LoadingState
            key={field.name}
            label={`Counting the values of “${column}”…`}
          />
        );
      })}
      <TextField
        label="Values that mean “no value”"
        name="missingValues"
        value={mapping.missingValues.join(', ')}
        hint="Separated by commas, e.g. N/A, -, ?. An empty cell always means no value."
        onChange={(text) =>
          onChange((current) => ({
            ...current,
            missingValues: text.split(',').map((value) => value.trimStart()),
          }))
        }
      />
    </div>
  );
}
