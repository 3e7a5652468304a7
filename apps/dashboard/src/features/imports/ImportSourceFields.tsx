import type { Dispatch, SetStateAction } from 'react';
import { SelectField, TextAreaField } from '@esm-planner/dashboard-ui';
import {
  formatChoice,
  formatOptions,
  isImportKind,
  KIND_OPTIONS,
  withFormatChoice,
  withKind,
  type ImportFormErrors,
  type ImportFormValues,
  type SavedMappingOption,
} from './import-form';

export type ImportSourceFieldsProps = {
  values: ImportFormValues;
  errors: ImportFormErrors;
  disabled: boolean;
  /** The organisation's column mappings, offered as formats. */
  mappings: readonly SavedMappingOption[];
  // Kind and format reset other values with them (withKind, withFormatChoice),
  // so they change the whole form's values rather than one field.
  setValues: Dispatch<SetStateAction<ImportFormValues>>;
};

/** What the file holds and how to read it: kind, format, groups to departments. */
export function ImportSourceFields({
  values,
  errors,
  disabled,
  mappings,
  setValues,
}: ImportSourceFieldsProps) {
  return (
    <>
      <div className="import-form__grid">
        <SelectField
          label="Kind of data"
          name="kind"
          value={values.kind}
          options={KIND_OPTIONS}
          required
          disabled={disabled}
          error={errors.kind}
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
          disabled={disabled}
          error={errors.format}
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
          disabled={disabled}
          error={errors.departmentMapping}
          hint="One per line, e.g. “Service Desk = IT”. Unmapped groups need “Create departments” or stop the import; tickets without a group go to “Unassigned”."
          onChange={(departmentMapping) =>
            setValues((current) => ({ ...current, departmentMapping }))
          }
        />
      ) : null}
    </>
  );
}
