import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import {
  OrganizationSettingsDocument,
  UpdateOrganizationDocument,
} from '@esm-planner/dashboard-data-access-graphql';
import {
  Button,
  Card,
  DescriptionList,
  FormActions,
  PageHeader,
} from '@esm-planner/dashboard-ui';
import type { FieldProblem } from '@esm-planner/shared-util-field-problems';
import { PATHS } from '../../app/routing/paths';
import { usePageTitle } from '../../app/routing/usePageTitle';
import { roleLabel } from '../access/roles';
import { ErrorSummary } from '../forms/ErrorSummary';
import { isChanged } from '../forms/form-state';
import { SaveConfirmation } from '../forms/SaveConfirmation';
import { UnsavedChangesGuard } from '../forms/UnsavedChangesGuard';
import { useFormProblems } from '../forms/useFormProblems';
import {
  ORGANIZATION_LABELS,
  OrganizationFields,
  type OrganizationField,
  type OrganizationFieldValues,
} from '../organizations/OrganizationFields';
import { organizationPageState } from '../organizations/organization-page-state';
import {
  canManageOrganization,
  rebuildInProgress,
} from './organization-settings';
import { RebuildStatus } from './RebuildStatus';
import './settings.css';

type Values = OrganizationFieldValues;
// The API has the only word on these fields (a currency it does not know, a zone).
const NO_CLIENT_CHECKS: readonly FieldProblem[] = [];
/** How often the page asks how far a rebuild is. */
const REBUILD_POLL_MS = 1_000;

/** `/organizations/:organizationId/settings`: name, currency and time zone; a zone change rebuilds the request data. */
export function OrganizationSettingsPage() {
  const { organizationId = '' } = useParams();
  const { data, loading, error, refetch, startPolling, stopPolling } = useQuery(
    OrganizationSettingsDocument,
    { variables: { organizationId } },
  );
  const organization = data?.organization;
  usePageTitle('Settings', organization?.name);
  const [values, setValues] = useState<Values | null>(null);
  // What the form was loaded or last saved with: unsaved changes are the difference.
  const [baseline, setBaseline] = useState<Values | null>(null);
  const checks = useFormProblems(ORGANIZATION_LABELS, NO_CLIENT_CHECKS);
  const [saved, setSaved] = useState<string | null>(null);
  const [update, { loading: saving }] = useMutation(UpdateOrganizationDocument);
  const running = rebuildInProgress(organization?.rollupRebuild);

  useEffect(() => {
    if (running) startPolling(REBUILD_POLL_MS);
    else stopPolling();
    return () => stopPolling();
  }, [running, startPolling, stopPolling]);
  useEffect(() => {
    if (organization && values === null) {
      const loaded = {
        name: organization.name,
        currency: organization.currency,
        timeZone: organization.timeZone,
      };
      setValues(loaded);
      setBaseline(loaded);
    }
  }, [organization, values]);

  const fallback = organizationPageState({
    hasData: Boolean(data),
    hasOrganization: Boolean(organization),
    loading,
    error,
    refetch,
    loadingLabel: 'Loading the settings…',
    errorTitle: 'The settings could not be loaded',
  });
  if (fallback || !organization) return fallback;
  const form = values ?? {
    name: organization.name,
    currency: organization.currency,
    timeZone: organization.timeZone,
  };
  const editable = canManageOrganization(organization.myRole);
  const set = (field: OrganizationField, value: string) => {
    checks.onEdit(field);
    setSaved(null);
    setValues({ ...form, [field]: value });
  };

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    checks.beginSubmit();
    setSaved(null);
    try {
      const result = await update({
        variables: { id: organizationId, input: form },
      });
      const updated = result.data?.updateOrganization;
      const zoneChanging = rebuildInProgress(updated?.rollupRebuild);
      // The form shows what was stored (the currency in capitals); a new zone stays chosen while it is applied.
      if (updated) {
        const stored = {
          name: updated.name,
          currency: updated.currency,
          timeZone: zoneChanging ? form.timeZone : updated.timeZone,
        };
        setValues(stored);
        setBaseline(stored);
      }
      setSaved(
        zoneChanging
          ? 'Saved. The new time zone applies once the request data is rebuilt (see above).'
          : 'Settings saved.',
      );
      await refetch();
    } catch (failure) {
      checks.failSubmit(failure);
    }
  }

  return (
    <>
      <PageHeader
        eyebrow="Organisation settings"
        title={organization.name}
        description={`Your role: ${roleLabel(organization.myRole)}`}
      />
      <div className="settings-page">
        {organization.rollupRebuild ? (
          <Card
            as="section"
            title="Time zone change"
            testId="rollup-rebuild-card"
          >
            <RebuildStatus rebuild={organization.rollupRebuild} />
          </Card>
        ) : null}
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
            <form
              className="settings-form"
              noValidate
              onSubmit={(event) => void submit(event)}
            >
              <ErrorSummary
                problems={checks.problems}
                labels={ORGANIZATION_LABELS}
                attempt={checks.attempt}
                title="The settings were not saved"
              />
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
            </form>
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
        {editable ? (
          <Card
            as="section"
            title="Another organisation"
            testId="another-organization"
          >
            <p>
              A subsidiary or a client with its own departments, data and
              people: you become its administrator.
            </p>
            <Link to={PATHS.newOrganization(organization.id)}>
              Create an organisation
            </Link>
          </Card>
        ) : null}
      </div>
    </>
  );
}
