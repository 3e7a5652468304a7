import { SelectField, TextField } from '@esm-planner/dashboard-ui';
import { timeZoneOptions } from '../settings/organization-settings';

/** An organisation's own settings, as the setup page, "New organisation" and its settings page ask them. */
export type OrganizationFieldValues = {
  name: string;
  currency: string;
  timeZone: string;
};
export type OrganizationField = keyof OrganizationFieldValues;

export const ORGANIZATION_LABELS: Readonly<Record<OrganizationField, string>> =
  {
    name: 'Name',
    currency: 'Currency',
    timeZone: 'Time zone',
  };

export type OrganizationFieldsProps = {
  values: OrganizationFieldValues;
  /** Problems by input name (useFormProblems' `problems.fields`). */
  errors: Readonly<Record<string, string>>;
  onChange: (field: OrganizationField, value: string) => void;
  onBlur?: (inputName: string) => void;
  /** The inputs' names where the API calls them otherwise (setup: `organizationName`). */
  inputNames?: Partial<Record<OrganizationField, string>>;
  labels?: Readonly<Record<OrganizationField, string>>;
  /** The zone stored now, kept in the list even if the browser does not know it. */
  currentTimeZone?: string;
  timeZoneHint?: string;
  timeZoneDisabled?: boolean;
};

/** Name, currency and time zone: one set of inputs for every form that creates or edits an organisation. */
export function OrganizationFields({
  values,
  errors,
  onChange,
  onBlur,
  inputNames = {},
  labels = ORGANIZATION_LABELS,
  currentTimeZone = values.timeZone,
  timeZoneHint = 'Weeks and months are counted in it.',
  timeZoneDisabled = false,
}: OrganizationFieldsProps) {
  const nameOf = (field: OrganizationField) => inputNames[field] ?? field;
  const leave = (field: OrganizationField) =>
    onBlur ? () => onBlur(nameOf(field)) : undefined;
  return (
    <>
      <TextField
        label={labels.name}
        name={nameOf('name')}
        required
        autoComplete="organization"
        value={values.name}
        error={errors[nameOf('name')]}
        onChange={(value) => onChange('name', value)}
        onBlur={leave('name')}
      />
      <TextField
        label={labels.currency}
        name={nameOf('currency')}
        required
        maxLength={3}
        value={values.currency}
        error={errors[nameOf('currency')]}
        hint="ISO 4217 code, e.g. EUR, GBP, USD: every money figure is in it."
        onChange={(value) => onChange('currency', value)}
        onBlur={leave('currency')}
      />
      <SelectField
        label={labels.timeZone}
        name={nameOf('timeZone')}
        required
        value={values.timeZone}
        options={timeZoneOptions(currentTimeZone)}
        error={errors[nameOf('timeZone')]}
        hint={timeZoneHint}
        disabled={timeZoneDisabled}
        onChange={(value) => onChange('timeZone', value)}
      />
    </>
  );
}
