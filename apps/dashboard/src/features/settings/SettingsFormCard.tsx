import type { OrganizationSettingsQuery } from '@esm-planner/dashboard-data-access-graphql';
import {
  Button,
  Card,
  DescriptionList,
  FormActions,
} from '@esm-planner/dashboard-ui';
import { CheckedForm } from '../forms/CheckedForm';
import { isChanged } from '../forms/form-state';
import { SaveConfirmation } from '../forms/SaveConfirmation';
import { UnsavedChangesGuard } from '../forms/UnsavedChangesGuard';
import {
  ORGANIZATION_LABELS,
  OrganizationFields,
} from '../organizations/OrganizationFields';
import type { useOrganizationSettingsForm } from './useOrganizationSettingsForm';

type SettingsForm = ReturnType<typeof useOrganizationSettingsForm>;

/** Name, currency and time zone: a form for an administrator, a list for anyone else. */
export function SettingsFormCard({
  organization,
  editable,
  running,
  settings,
}: {
  organization: NonNullable<OrganizationSettingsQuery['organization']>;
  editable: boolean;
  /** A time zone change is being applied: the zone cannot change again yet. */
  running: boolean;
  settings: SettingsForm & { form: NonNullable<SettingsForm['form']> };
}) {
  const { form, baseline, checks, saved, saving, set, submit } = settings;
  return (
    <Card
      as="section"
      title="Name, currency and time zone"
      testId="organization-settings"
    >
      {editable ? (
        <UnsavedChangesGuard
          when={baseline !== null && isChanged(baseline, form)}
          what="the organisation's settings"
        />
      ) : null}
      {editable ? (
        <CheckedForm
          className="settings-form"
          checks={checks}
          labels={ORGANIZATION_LABELS}
          failureTitle="The settings were not saved"
          onSubmit={submit}
        >
          <OrganizationFields
            values={form}
            errors={checks.problems.fields}
            onChange={set}
            currentTimeZone={organization.timeZone}
            timeZoneHint="Weeks and months are counted in it. Changing it rebuilds every imported request's day in the background."
            timeZoneDisabled={running}
          />
          <FormActions>
            <Button
              type="submit"
              variant="primary"
              loading={saving}
              testId="organization-settings-save"
            >
              Save settings
            </Button>
            <SaveConfirmation message={saved} />
          </FormActions>
        </CheckedForm>
      ) : (
        <DescriptionList
          items={[
            { term: 'Name', description: organization.name },
            { term: 'Currency', description: organization.currency },
            { term: 'Time zone', description: organization.timeZone },
          ]}
        />
      )}
      {!editable ? (
        <p className="settings-note">
          Only an administrator changes these settings.
        </p>
      ) : null}
    </Card>
  );
}
