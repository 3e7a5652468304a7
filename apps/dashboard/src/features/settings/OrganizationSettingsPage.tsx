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
  ErrorBanner,
  FormActions,
  PageHeader,
  SelectField,
  TextField,
} from '@esm-planner/dashboard-ui';
import { PATHS } from '../../app/routing/paths';
import { usePageTitle } from '../../app/routing/usePageTitle';
import { roleLabel } from '../access/roles';
import { NO_PROBLEMS, problemsFromFailure } from '../forms/field-problems';
import { isChanged } from '../forms/form-state';
import { SaveConfirmation } from '../forms/SaveConfirmation';
import { UnsavedChangesGuard } from '../forms/UnsavedChangesGuard';
import { organizationPageState } from '../organizations/organization-page-state';
import {
  canManageOrganization,
  rebuildInProgress,
  timeZoneOptions,
} from './organization-settings';
import { RebuildStatus } from './RebuildStatus';
import './settings.css';

const LABELS = { name: 'Name', currency: 'Currency', timeZone: 'Time zone' } as const;
type Field = keyof typeof LABELS;
type Values = Record<Field, string>;
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
  const [problems, setProblems] = useState(NO_PROBLEMS);
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
  const set = (field: Field) => (value: string) => {
    setSaved(null);
    setValues({ ...form, [field]: value });
  };

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setProblems(NO_PROBLEMS);
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
      setProblems(problemsFromFailure(failure, LABELS));
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
              {problems.other.length > 0 ? (
                <ErrorBanner
                  title="The settings were not saved"
                  messages={problems.other}
                />
              ) : null}
              <TextField
                label="Name"
                name="name"
                required
                value={form.name}
                error={problems.fields.name}
                onChange={set('name')}
              />
              <TextField
                label="Currency"
                name="currency"
                required
                value={form.currency}
                error={problems.fields.currency}
                hint="ISO 4217 code, e.g. EUR, GBP, USD: every money figure is in it."
                onChange={set('currency')}
              />
              <SelectField
                label="Time zone"
                name="timeZone"
                required
                value={form.timeZone}
                options={timeZoneOptions(organization.timeZone)}
                error={problems.fields.timeZone}
                hint="Weeks and months are counted in it. Changing it rebuilds every imported request's day in the background."
                disabled={running}
                onChange={set('timeZone')}
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
          <Card as="section" title="Another organisation" testId="another-organization">
            <p>A subsidiary or a client with its own departments, data and people: you become its administrator.</p>
            <Link to={PATHS.newOrganization(organization.id)}>Create an organisation</Link>
          </Card>
        ) : null}
      </div>
    </>
  );
}
