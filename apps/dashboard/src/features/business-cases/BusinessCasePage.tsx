import { useMemo, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import {
  BusinessCasePageDocument,
  type BusinessCaseFieldsFragment,
  SaveBusinessCaseDocument,
} from '@esm-planner/dashboard-data-access-graphql';
import {
  Button,
  EmptyState,
  ErrorBanner,
  PageHeader,
  TextField,
} from '@esm-planner/dashboard-ui';
import { PATHS } from '../../app/routing/paths';
import { usePageTitle } from '../../app/routing/usePageTitle';
import { formatCountOf, formatDateTime } from '../formatting/format';
import { organizationPageState } from '../organizations/organization-page-state';
import { ActualsPanel } from './ActualsPanel';
import { AudienceViews } from './AudienceViews';
import {
  caseFieldLabels,
  type CaseForm,
  formFromCase,
  saveRequest,
} from './case-form';
import { canDownloadCaseFiles, canWriteBusinessCases } from './case-access';
import { CaseExports } from './CaseExports';
import { CaseResults } from './CaseResults';
import { InputsPanel } from './InputsPanel';
import { useCaseEvaluation } from './useCaseEvaluation';
import { ErrorSummary } from '../forms/ErrorSummary';
import { isChanged } from '../forms/form-state';
import { SaveConfirmation } from '../forms/SaveConfirmation';
import { UnsavedChangesGuard } from '../forms/UnsavedChangesGuard';
import { useFormProblems } from '../forms/useFormProblems';
import './business-cases.css';

/** `/organizations/:organizationId/business-cases/:caseId`: one saved case, editable, with its audiences' views. */
export function BusinessCasePage() {
  const { organizationId = '', caseId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(BusinessCasePageDocument, {
    variables: { organizationId, id: caseId },
    fetchPolicy: 'cache-and-network',
  });
  const organization = data?.organization;
  // The editor starts afresh with each version; the sign of the save outlives it.
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  usePageTitle(data?.businessCase?.name ?? 'Business case', organization?.name);
  const fallback = organizationPageState({
    hasData: Boolean(data),
    hasOrganization: Boolean(organization),
    loading,
    error,
    refetch,
    loadingLabel: 'Loading the business case…',
    errorTitle: 'The business case could not be loaded',
  });
  if (fallback || !organization || !data) return fallback;
  if (!data.businessCase) {
    return (
      <EmptyState
        title="Business case not found"
        description="It does not exist, or it belongs to another organisation."
        action={
          <Link to={PATHS.businessCases(organization.id)}>
            All business cases
          </Link>
        }
      />
    );
  }
  return (
    <CaseEditor
      // A new version reloads the editor from what was saved.
      key={`${data.businessCase.id}-${data.businessCase.version}`}
      saved={data.businessCase}
      organization={organization}
      confirmation={
        savedVersion === data.businessCase.version
          ? `Saved as version ${savedVersion}.`
          : null
      }
      onSaved={setSavedVersion}
    />
  );
}

const RESULT_VIEWS = [
  { key: 'plan', label: 'Plan' },
  { key: 'actuals', label: 'Actuals' },
] as const;
type ResultView = (typeof RESULT_VIEWS)[number]['key'];

type Organization = {
  id: string;
  name: string;
  currency: string;
  myRole?: Parameters<typeof canWriteBusinessCases>[0];
};

type CaseEditorProps = {
  saved: BusinessCaseFieldsFragment;
  organization: Organization;
  confirmation: string | null;
  onSaved: (version: number) => void;
};

function CaseEditor({
  saved,
  organization,
  confirmation,
  onSaved,
}: CaseEditorProps) {
  const initial = useMemo(() => formFromCase(saved), [saved]);
  const [form, setForm] = useState<CaseForm>(initial);
  const evaluation = useCaseEvaluation(form, saved.result);
  const [save, saving] = useMutation(SaveBusinessCaseDocument, {
    refetchQueries: ['BusinessCasePage'],
    awaitRefetchQueries: true,
  });
  const [view, setView] = useState<ResultView>('plan');
  const writable = canWriteBusinessCases(organization.myRole);
  const labels = useMemo(() => caseFieldLabels(initial), [initial]);
  const nameProblems =
    form.name.trim() === ''
      ? [{ field: 'name', message: 'Case name is required' }]
      : [];
  const checks = useFormProblems(labels, [
    ...nameProblems,
    ...evaluation.problems,
  ]);
  const problems = checks.problems.fields;
  const edit = (field: string) => checks.onEdit(field);

  const onSave = async () => {
    if (!checks.beginSubmit()) return;
    try {
      await save({
        variables: { input: saveRequest(form, organization.id, saved.id) },
      });
      onSaved(saved.version + 1);
    } catch (cause) {
      checks.failSubmit(cause, { prefix: 'inputs.' });
    }
  };

  return (
    <>
      <PageHeader
        eyebrow={
          <Link to={PATHS.businessCases(organization.id)}>
            {organization.name} · Business cases
          </Link>
        }
        title={saved.name}
        description={`Version ${saved.version}, saved ${formatDateTime(String(saved.savedAt))}. Figures follow the latest audits and the roadmap unless entered; the case recomputes as you type.`}
        actions={
          writable ? (
            <>
              <SaveConfirmation message={confirmation} />
              <Button
                variant="primary"
                loading={saving.loading}
                onClick={() => void onSave()}
                testId="case-save"
              >
                Save as version {saved.version + 1}
              </Button>
            </>
          ) : undefined
        }
      />
      {writable ? (
        <UnsavedChangesGuard
          when={isChanged(initial, form)}
          what="your changes to this case"
        />
      ) : null}
      {checks.attempt > 0 ? (
        <ErrorSummary
          problems={checks.problems}
          labels={labels}
          attempt={checks.attempt}
          title="The case could not be saved"
        />
      ) : null}
      {evaluation.error ? (
        <ErrorBanner
          title="The case could not be recomputed"
          messages={[evaluation.error]}
        />
      ) : null}
      <div
        role="tablist"
        aria-label="The case"
        className="case-tabs case-tabs--page"
      >
        {RESULT_VIEWS.map((v) => (
          <button
            key={v.key}
            type="button"
            role="tab"
            id={`case-tab-${v.key}`}
            aria-selected={view === v.key}
            aria-controls={`case-panel-${v.key}`}
            className="case-tab"
            onClick={() => setView(v.key)}
          >
            {v.label}
          </button>
        ))}
      </div>
      {view === 'actuals' ? (
        <div
          role="tabpanel"
          id="case-panel-actuals"
          aria-labelledby="case-tab-actuals"
        >
          <ActualsPanel saved={saved} currency={organization.currency} />
        </div>
      ) : (
        <div
          role="tabpanel"
          id="case-panel-plan"
          aria-labelledby="case-tab-plan"
          className="case-layout"
          data-pending={evaluation.pending ? 'true' : 'false'}
          data-testid="case-layout"
        >
          <div className="case-layout__inputs">
            {writable ? (
              <TextField
                label="Case name"
                name="name"
                value={form.name}
                onChange={(name) => {
                  edit('name');
                  setForm((f) => ({ ...f, name }));
                }}
                onBlur={() => checks.onBlur('name')}
                error={problems.name}
                required
              />
            ) : null}
            <InputsPanel
              form={form}
              problems={problems}
              // Without the other departments' lines a what-if would be a different case.
              readOnly={saved.hiddenDepartmentCount > 0}
              onLeave={checks.onBlur}
              onGlobal={(key, text) => {
                edit(key);
                setForm((f) => ({
                  ...f,
                  globals: { ...f.globals, [key]: text },
                }));
              }}
              onDepartment={(index, key, text) => {
                edit(`departments[${index}].${key}`);
                setForm((f) => ({
                  ...f,
                  departments: f.departments.map((d, i) =>
                    i === index
                      ? { ...d, text: { ...d.text, [key]: text } }
                      : d,
                  ),
                }));
              }}
            />
            {saved.hiddenDepartmentCount > 0 ? (
              <p className="case-note" data-testid="case-hidden-departments">
                {saved.hiddenDepartmentCount === 1
                  ? 'The results include 1 other department, whose lines are not shown to you.'
                  : `The results include ${saved.hiddenDepartmentCount} other departments, whose lines are not shown to you.`}
              </p>
            ) : null}
            {canDownloadCaseFiles(organization.myRole) ? (
              <>
                <CaseExports caseId={saved.id} caseName={saved.name} />
                <p className="case-note">
                  Downloads are of the saved version {saved.version}; save first
                  to include changes.
                </p>
              </>
            ) : null}
            <details className="case-versions">
              <summary>
                {formatCountOf(
                  saved.versions.length,
                  'saved version',
                  'saved versions',
                )}
              </summary>
              <ul>
                {saved.versions.map((v) => (
                  <li key={v.version}>
                    Version {v.version}: {formatDateTime(String(v.savedAt))}
                  </li>
                ))}
              </ul>
            </details>
          </div>
          <div className="case-layout__results">
            <CaseResults
              result={evaluation.result}
              currency={organization.currency}
              caseName={form.name}
            />
            <AudienceViews
              result={evaluation.result}
              currency={organization.currency}
              caseName={form.name}
            />
          </div>
        </div>
      )}
    </>
  );
}
