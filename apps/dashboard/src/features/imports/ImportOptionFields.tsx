import { CheckboxField } from '@esm-planner/dashboard-ui';
import type { ImportFormValues } from './import-form';

export type ImportOptionFieldsProps = {
  values: Pick<ImportFormValues, 'createDepartments' | 'skipInvalid'>;
  disabled: boolean;
  onChange: (patch: Partial<ImportFormValues>) => void;
};

/** What the import does with unknown departments and invalid rows. */
export function ImportOptionFields({
  values,
  disabled,
  onChange,
}: ImportOptionFieldsProps) {
  return (
    <>
      <CheckboxField
        label="Create departments that don’t exist"
        name="createDepartments"
        checked={values.createDepartments}
        disabled={disabled}
        hint="Otherwise a department name the organisation does not have stops the import with an error."
        onChange={(createDepartments) => onChange({ createDepartments })}
      />
      <CheckboxField
        label="Skip invalid rows"
        name="skipInvalid"
        checked={values.skipInvalid}
        disabled={disabled}
        hint="Store the valid rows and list the others for download. Otherwise one invalid row stops the import and nothing is stored."
        onChange={(skipInvalid) => onChange({ skipInvalid })}
      />
    </>
  );
}
