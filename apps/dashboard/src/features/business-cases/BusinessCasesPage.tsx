import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import {
  BusinessCasesPageDocument,
  type BusinessCasesPageQuery,
  SaveBusinessCaseDocument,
} from '@esm-planner/dashboard-data-access-graphql';
import {
  Button,
  Card,
  CheckboxField,
  EmptyState,
  ErrorBanner,
  PageHeader,
  Table,
  TextField,
} from '@esm-planner/dashboard-ui';
import { PATHS } from '../../app/routing/paths';
import { usePageTitle } from '../../app/routing/usePageTitle';
import { formatCount, formatDateTime } from '../formatting/format';
import { organizationPageState } from '../organizations/organization-page-state';
import { canWriteBusinessCases } from './case-access';
import {
  NEW_CASE_FIELDS,
  newCaseProblems,
  newCaseRequest,
  type NewCaseForm,
  prefilledDepartments,
} from './new-case';
import { problemsFromFailure } from '../forms/field-problems';
import './business-cases.css';

type Organization = NonNullable<BusinessCasesPageQuery['organization']>;
type Summary = BusinessCasesPageQuery['businessCases'][number];

/** `/organizations/:organizationId/business-cases`: the saved cases and a new one prefilled from the audits. */
export function BusinessCasesPage() {
  const { organizationId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(
    BusinessCasesPageDocument,
    { variables: { organizationId }, fetchPolicy: 'cache-and-network' },
  );
  const organization = data?.organization;
  usePageTitle('Business cases', organization?.name);
  const fallback = organizationPageState({
    hasData: Boolean(data),
    hasOrganization: Boolean(organization),
    loading,
    error,
    refetch,
    loadingLabel: 'Loading the business cases…',
    errorTitle: 'The business cases could not be loaded',
  });
  if (fallback || !organization || !data) return fallback;
  return (
    <>
      <PageHeader
        eyebrow={organization.name}
        title="Business cases"
        description="What expanding service management costs, what it saves and when it pays back — for the CIO, department heads and Finance."
      />
      <div className="case-list-layout">
        <Card title="Saved cases" testId="business-case-list">
          {data.businessCases.length === 0 ? (
            <EmptyState
              title="No business case yet"
              description="Start one from the organisation's audits."
            />
          ) : (
            <Table<Summary>
              caption="Saved business cases"
              columns={[
                {
                  key: 'name',
                  header: 'Case',
                  cell: (c) => (
                    <Link to={PATHS.businessCase(organization.id, c.id)}>
                      {c.name}
                    </Link>
                  ),
                  isRowHeader: true,
                },
                {
                  key: 'version',
                  header: 'Version',
                  cell: (c) => c.version,
                  align: 'end',
                },
                {
                  key: 'saved',
                  header: 'Last saved',
                  cell: (c) =>
                    formatDateTime(String(c.savedAt), organization.timeZone),
                },
              ]}
              rows={data.businessCases}
              rowKey={(c) => c.id}
            />
          )}
        </Card>
        {canWriteBusinessCases(organization.myRole) ? (
          <NewCase organization={organization} />
        ) : null}
      </div>
    </>
  );
}

function NewCase({ organization }: { organization: Organization }) {
  const navigate = useNavigate();
  const [form, setForm] = useState<NewCaseForm>(() => ({
    name: `${organization.name} ESM expansion`,
    loadedHourlyCost: '',
    oneTimeCosts: '',
    changeManagementCost: '',
    monthlyPlatformCost: '',
    monthlyCoeCost: '',
    departmentIds: prefilledDepartments(organization.departments),
  }));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [save, saving] = useMutation(SaveBusinessCaseDocument);
  const submit = async () => {
    const local = newCaseProblems(form);
    setProblems(local);
    setFailure(null);
    if (Object.keys(local).length > 0) return;
    try {
      const { data } = await save({
        variables: { input: newCaseRequest(form, organization.id) },
      });
      if (data)
        void navigate(
          PATHS.businessCase(organization.id, data.saveBusinessCase.id),
        );
    } catch (cause) {
      const labels = {
        name: 'Name',
        ...Object.fromEntries(
          NEW_CASE_FIELDS.map(({ key, label }) => [key, label]),
        ),
        departments: 'Departments',
      };
      const { fields, other } = problemsFromFailure(cause, labels, {
        prefix: 'inputs.',
      });
      setProblems(fields);
      setFailure(
        other.length > 0 ? other.join(' ') : 'Some figures need another look.',
      );
    }
  };
  const toggle = (id: string, on: boolean) =>
    setForm((f) => ({
      ...f,
      departmentIds: on
        ? [...f.departmentIds, id]
        : f.departmentIds.filter((d) => d !== id),
    }));
  return (
    <Card title="New case" testId="new-business-case">
      <p className="case-note">
        Enter the programme's costs. Volumes and handling minutes come from each
        department's latest audit, targets from the benchmarks and go-live
        months from the roadmap; you can override any of them on the case page.
      </p>
      {failure ? <ErrorBanner messages={[failure]} /> : null}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <TextField
          label="Name"
          name="name"
          value={form.name}
          onChange={(name) => setForm((f) => ({ ...f, name }))}
          error={problems.name}
          required
        />
        {NEW_CASE_FIELDS.map(({ key, label, required }) => (
          <TextField
            key={key}
            label={label}
            name={key}
            value={form[key]}
            onChange={(text) => setForm((f) => ({ ...f, [key]: text }))}
            error={problems[key]}
            required={required}
          />
        ))}
        <fieldset className="case-inputs__department">
          <legend>Departments</legend>
          {organization.departments.map((d) => (
            <CheckboxField
              key={d.id}
              label={d.name}
              name={`department-${d.id}`}
              checked={form.departmentIds.includes(d.id)}
              onChange={(on) => toggle(d.id, on)}
              hint={
                d.baseline
                  ? `${formatCount(d.baseline.monthlyVolume)} a month in the latest audit`
                  : 'no audit yet: enter its volume on the case page'
              }
            />
          ))}
          {problems.departments ? (
            <p className="case-problem">{problems.departments}</p>
          ) : null}
        </fieldset>
        <Button
          type="submit"
          variant="primary"
          loading={saving.loading}
          testId="new-case-submit"
        >
          Create the case
        </Button>
      </form>
    </Card>
  );
}
