import { useState, type FormEvent } from 'react';
import {
  Button,
  Card,
  ErrorBanner,
  FormActions,
  Icon,
} from '@esm-planner/dashboard-ui';
import type { FormProblems } from '../forms/field-problems';
import { AuditWindowFieldset } from './AuditWindowFieldset';
import { FileDropZone } from './FileDropZone';
import {
  INITIAL_IMPORT_VALUES,
  NEW_MAPPING,
  validateImportForm,
  type SavedMappingOption,
  type ImportFormErrors,
  type ImportFormValues,
} from './import-form';
import { ImportOptionFields } from './ImportOptionFields';
import { ImportSourceFields } from './ImportSourceFields';

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
        <ImportSourceFields
          values={values}
          errors={shown}
          disabled={busy}
          mappings={mappings}
          setValues={setValues}
        />
        {values.kind === 'AUDIT' ? (
          <AuditWindowFieldset
            values={values}
            errors={shown}
            disabled={busy}
            onChange={update}
          />
        ) : null}
        <ImportOptionFields values={values} disabled={busy} onChange={update} />
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
