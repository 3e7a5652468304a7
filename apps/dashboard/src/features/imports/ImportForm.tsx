import { useState, type FormEvent } from 'react';
import {
  Button,
  Card,
  CheckboxField,
  ErrorBanner,
  FormActions,
  Icon,
  SelectField,
  TextAreaField,
  TextField,
} from '@esm-planner/dashboard-ui';
import type { FormProblems } from '../forms/field-problems';
import { FileDropZone } from './FileDropZone';
import {
  formatChoice,
  formatOptions,
  INITIAL_IMPORT_VALUES,
  isImportKind,
  KIND_OPTIONS,
  NEW_MAPPING,
  validateImportForm,
  withFormatChoice,
  withKind,
  type SavedMappingOption,
  type ImportFormErrors,
  type ImportFormValues,
} from './import-form';

export type ImportFormProps = {
  /** Problems the API answered with (shown next to the fields). */
  problems: FormProblems | null;
  busy: boolean;
  /** The organisation's column mappings, offered as formats. */
  mappings: readonly SavedMappingOption[];
  /** What the form showed before (back from the mapping wizard). */
  initial?: { values: ImportFormValues; file: File | null };
  onSubmit: (values: ImportFormValues, file: File) => void;
};

/** Kind, format, audit window, options and the file; validated before upload. */
export function ImportForm({
  problems,
  busy,
  mappings,
  initial,
  onSubmit,
}: ImportFormProps) {
  const [values, setValues] = useState(
    initial?.values ?? INITIAL_IMPORT_VALUES,
  );
  const [file, setFile] = useState<File | null>(initial?.file ?? null);
  const building = values.mapping === NEW_MAPPING;
  const [errors, setErrors] = useState<ImportFormErrors>({});
  const shown: ImportFormErrors = { ...problems?.fields, ...errors };
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
            onChange={(kind) => {
              if (isImportKind(kind))
                setValues((current) => withKind(current, kind));
            }}
          />
          <SelectField
            label="Format"
            name="format"
            value={formatChoice(values)}
            options={formatOptions(values.kind, mappings)}
            required
            disabled={busy}
            error={shown.format}
            hint="ServiceNow, Jira Service Management and Freshservice exports are read as request records. Any other file: build a column mapping, step by step."
            onChange={(choice) =>
              setValues((current) => withFormatChoice(current, choice))
            }
          />
        </div>
        {values.format !== 'GENERIC' ? (
          <TextAreaField
            label="Groups to departments"
            name="departmentMapping"
            value={values.departmentMapping}
            rows={3}
            disabled={busy}
            error={shown.departmentMapping}
            hint="One per line, e.g. “Service Desk = IT”. Unmapped groups need “Create departments” or stop the import; tickets without a group go to “Unassigned”."
            onChange={(departmentMapping) => update({ departmentMapping })}
          />
        ) : null}
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
        <CheckboxField
          label="Skip invalid rows"
          name="skipInvalid"
          checked={values.skipInvalid}
          disabled={busy}
          hint="Store the valid rows and list the others for download. Otherwise one invalid row stops the import and nothing is stored."
          onChange={(skipInvalid) => update({ skipInvalid })}
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
            {building ? 'Next: look at the file' : 'Start import'}
          </Button>
        </FormActions>
      </form>
    </Card>
  );
}
