import { TARGET_FIELDS, type ImportKind } from '@esm-planner/domain-imports';
import { suggestColumns, type KnownMapping } from './column-suggestions';
import { fieldLabel, KIND_WORDS } from './field-labels';
import { FieldPicker } from './FieldPicker';
import type { FilePreview } from './preview-request';
import type { WizardMapping } from './wizard-mapping';
import type { StepProblems } from './wizard-steps';

export type ColumnsStepProps = {
  kind: ImportKind;
  preview: FilePreview;
  known: readonly KnownMapping[];
  mapping: WizardMapping;
  problems: StepProblems;
  onChange: (change: (current: WizardMapping) => WizardMapping) => void;
};

const SAMPLES_SHOWN = 3;

/** For each field of the format, the column that holds it (or one value for all rows). */
export function ColumnsStep({
  kind,
  preview,
  known,
  mapping,
  problems,
  onChange,
}: ColumnsStepProps) {
  const samples = (column: string) => {
    const index = preview.headers.indexOf(column);
    const values = preview.sampleRows
      .map((row) => (row.cells[index] ?? '').trim())
      .filter(Boolean);
    return [...new Set(values)].slice(0, SAMPLES_SHOWN);
  };
  const derived = mapping.eventLog.enabled
    ? ' The event log sets “Opened at” from the first event when it is left out.'
    : '';
  return (
    <div className="wizard-step">
      <p>
        Which column of the file holds each part of the {KIND_WORDS[kind]}?
        Columns you do not need are ignored.{derived}
      </p>
      {problems.other.map((message) => (
        <p key={message} className="wizard-problem" role="alert">
          {message}
        </p>
      ))}
      <div className="field-picker-grid">
        {TARGET_FIELDS[kind].map((field) => (
          <FieldPicker
            key={field.name}
            field={field}
            label={fieldLabel(kind, field.name)}
            choice={mapping.fields[field.name] ?? { kind: 'unbound' }}
            headers={preview.headers}
            samples={samples}
            suggestions={suggestColumns({
              kind,
              field: field.name,
              headers: preview.headers,
              mappings: known,
            })}
            error={problems.fields[field.name]}
            onChange={(choice) =>
              onChange((current) => ({
                ...current,
                fields: { ...current.fields, [field.name]: choice },
              }))
            }
          />
        ))}
      </div>
    </div>
  );
}
