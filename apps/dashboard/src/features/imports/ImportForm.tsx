import { useState, type FormEvent } from 'react';
import type { FormProblems } from '@esm-planner/dashboard-data-access-graphql';
import {
  Button,
  Card,
  CheckboxField,
  ErrorBanner,
  FormActions,
  Icon,
  SelectField,
  TextField,
} from '@esm-planner/dashboard-ui';
import { FileDropZone } from './FileDropZone';
import {
  FORMAT_OPTIONS,
  INITIAL_IMPORT_VALUES,
  KIND_OPTIONS,
  validateImportForm,
  type ImportFormErrors,
  type ImportFormField,
  type ImportFormValues,
} from './import-form';

export type ImportFormProps = {
  /** Problems the API answered with (shown next to the fields). */
  problems: FormProblems<ImportFormField> | null;
  busy: boolean;
  onSubmit: (values: ImportFormValues, file: File) => void;
};

/** Kind, format, audit window, options and the file; validated before upload. */
export function ImportForm({ problems, busy, onSubmit }: ImportFormProps) {
  const [values, setValues] = useState(INITIAL_IMPORT_VALUES);
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<ImportFormErrors>({});
  const shown = { ...problems?.fields, ...errors };
  const update = (patch: Partial<ImportFormValues>) =>
    setValues((current) => ({ ...current, ...patch }));

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const found = validateImportForm(values, file);
    setErrors(found);
    if (file && Object.keys(found).length === 0) onSubmit(values, file);
  }

  return (
    <Card as="section" title="New import" testId="import-form">
      <form className="import-form" noValidate onSubmit={submit}>
        {problems && problems.other.length > 0 ? (
          <ErrorBanner
            title="The import could not start"
            messages={problems.other}
          />
        ) : null}
        <div className="import-form__grid">
          <SelectField
            label="Kind of data"
            name="kind"
            value={values.kind}
            options={KIND_OPTIONS}
            required
            disabled={busy}
            error={shown.kind}
            onChange={(kind) =>
              update({ kind: kind === 'METRICS' ? 'METRICS' : 'AUDIT' })
            }
          />
          <SelectField
            label="Format"
            name="format"
            value={values.format}
            options={FORMAT_OPTIONS}
            required
            disabled={busy}
            error={shown.format}
            hint="Exports of ServiceNow, Jira Service Management and Freshservice come later."
            onChange={() => update({ format: 'GENERIC' })}
          />
        </div>
        {values.kind === 'AUDIT' ? (
          <fieldset className="import-form__window">
            <legend>Audit window</legend>
            <p className="import-form__legend-hint">
              The first and the last day the audit counted, both included.
            </p>
            <div className="import-form__grid">
              <TextField
                label="Window start"
                name="windowStart"
                type="date"
                value={values.windowStart}
                required
                disabled={busy}
                error={shown.windowStart}
                onChange={(windowStart) => update({ windowStart })}
              />
              <TextField
                label="Window end"
                name="windowEnd"
                type="date"
                value={values.windowEnd}
                min={values.windowStart || undefined}
                required
                disabled={busy}
                error={shown.windowEnd}
                onChange={(windowEnd) => update({ windowEnd })}
              />
            </div>
          </fieldset>
        ) : null}
        <CheckboxField
          label="Create departments that don’t exist"
          name="createDepartments"
          checked={values.createDepartments}
          disabled={busy}
          hint="Otherwise a department name the organisation does not have stops the import with an error."
          onChange={(createDepartments) => update({ createDepartments })}
        />
        <FileDropZone
          file={file}
          disabled={busy}
          error={shown.file}
          onChange={(chosen) => {
            setFile(chosen);
            setErrors(({ file: _file, ...rest }) => rest);
          }}
        />
        <FormActions>
          <Button
            type="submit"
            variant="primary"
            loading={busy}
            icon={<Icon name="upload" />}
            testId="start-import"
          >
            Start import
          </Button>
        </FormActions>
      </form>
    </Card>
  );
}
