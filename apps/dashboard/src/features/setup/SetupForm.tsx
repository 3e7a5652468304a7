import { Button, FormActions, TextField } from '@esm-planner/dashboard-ui';
import { CheckedForm } from '../forms/CheckedForm';
import { OrganizationFields } from '../organizations/OrganizationFields';
import { PersonFields } from '../people/PersonFields';
import { SETUP_LABELS } from './setup-form';
import type { useSetupForm } from './useSetupForm';

/** The setup code, the first administrator and the organisation, in one form. */
export function SetupForm({
  values,
  checks,
  saving,
  set,
  submit,
}: ReturnType<typeof useSetupForm>) {
  const errors = checks.problems.fields;
  return (
    <CheckedForm
      className="setup__form"
      checks={checks}
      labels={SETUP_LABELS}
      failureTitle="Setup did not complete"
      onSubmit={submit}
    >
      <fieldset className="setup__group">
        <legend>Prove you run this server</legend>
        <TextField
          label={SETUP_LABELS.setupCode}
          name="setupCode"
          required
          autoComplete="off"
          value={values.setupCode}
          error={errors.setupCode}
          hint="The server prints it in its log at every start, on a line “Setup code: …”."
          onChange={(value) => set('setupCode', value)}
        />
      </fieldset>
      <fieldset className="setup__group">
        <legend>You, the first administrator</legend>
        <PersonFields
          who="self"
          labels={SETUP_LABELS}
          values={values}
          errors={errors}
          onChange={set}
        />
      </fieldset>
      <fieldset className="setup__group">
        <legend>Your organisation</legend>
        <OrganizationFields
          values={{
            name: values.organizationName,
            currency: values.currency,
            timeZone: values.timeZone,
          }}
          errors={errors}
          inputNames={{ name: 'organizationName' }}
          labels={{
            name: SETUP_LABELS.organizationName,
            currency: SETUP_LABELS.currency,
            timeZone: SETUP_LABELS.timeZone,
          }}
          onChange={(field, value) =>
            set(field === 'name' ? 'organizationName' : field, value)
          }
        />
      </fieldset>
      <FormActions>
        <Button
          type="submit"
          variant="primary"
          loading={saving}
          className="setup__submit"
          testId="setup-submit"
        >
          Create and sign in
        </Button>
      </FormActions>
    </CheckedForm>
  );
}
