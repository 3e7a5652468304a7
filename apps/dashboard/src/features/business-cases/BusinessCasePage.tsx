import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import {
  BusinessCasePageDocument,
  type BusinessCaseFieldsFragment,
} from '@esm-planner/dashboard-data-access-graphql';
import {
  Button,
  EmptyState,
  ErrorBanner,
  PageHeader,
} from '@esm-planner/dashboard-ui';
import { PATHS } from '../../app/routing/paths';
import { usePageTitle } from '../../app/routing/usePageTitle';
import { formatDateTime } from '../formatting/format';
import { organizationPageState } from '../organizations/organization-page-state';
import { ActualsPanel } from './ActualsPanel';
import { AudienceViews } from './AudienceViews';
import { canWriteBusinessCases } from './case-access';
import { CasePlanInputs } from './CasePlanInputs';
import { CaseResults } from './CaseResults';
import { type CaseEditorState, useCaseEditor } from './useCaseEditor';
import { ErrorSummary } from '../forms/ErrorSummary';
import { isChanged } from '../forms/form-state';
import { SaveConfirmation } from '../forms/SaveConfirmation';
import { UnsavedChangesGuard } from '../forms/UnsavedChangesGuard';
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
  timeZone: string;
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
  const editor = useCaseEditor(saved, organization.id, onSaved);
  const { initial, form, evaluation, checks } = editor;
  const [view, setView] = useState<ResultView>('plan');
  const writable = canWriteBusinessCases(organization.myRole);

  return (
    <>
      <CaseEditorHeader
        saved={saved}
        organization={organization}
        writable={writable}
        confirmation={confirmation}
        saving={editor.saving}
        onSave={() => void editor.onSave()}
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
          labels={editor.labels}
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
      <CaseViewTabs view={view} onSelect={setView} />
      {view === 'actuals' ? (
        <div
          role="tabpanel"
          id="case-panel-actuals"
          aria-labelledby="case-tab-actuals"
        >
          <ActualsPanel saved={saved} currency={organization.currency} />
        </div>
      ) : (
        <CasePlanPanel
          saved={saved}
          organization={organization}
          writable={writable}
          editor={editor}
        />
      )}
    </>
  );
}

/** The plan tab: the inputs beside the results, greyed while they recompute. */
function CasePlanPanel({
  saved,
  organization,
  writable,
  editor,
}: {
  saved: BusinessCaseFieldsFragment;
  organization: Organization;
  writable: boolean;
  editor: CaseEditorState;
}) {
  const { form, evaluation } = editor;
  return (
    <div
      role="tabpanel"
      id="case-panel-plan"
      aria-labelledby="case-tab-plan"
      className="case-layout"
      data-pending={evaluation.pending ? 'true' : 'false'}
      data-testid="case-layout"
    >
      <CasePlanInputs
        saved={saved}
        myRole={organization.myRole}
        timeZone={organization.timeZone}
        writable={writable}
        editor={editor}
      />
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
  );
}

/** The case's name and version, with saving as the next version when writable. */
function CaseEditorHeader({
  saved,
  organization,
  writable,
  confirmation,
  saving,
  onSave,
}: {
  saved: BusinessCaseFieldsFragment;
  organization: Organization;
  writable: boolean;
  confirmation: string | null;
  saving: boolean;
  onSave: () => void;
}) {
  return (
    <PageHeader
      eyebrow={
        <Link to={PATHS.businessCases(organization.id)}>
          {organization.name} · Business cases
        </Link>
      }
      title={saved.name}
      description={`Version ${saved.version}, saved ${formatDateTime(String(saved.savedAt), organization.timeZone)}. Figures follow the latest audits and the roadmap unless entered; the case recomputes as you type.`}
      actions={
        writable ? (
          <>
            <SaveConfirmation message={confirmation} />
            <Button
              variant="primary"
              loading={saving}
              onClick={onSave}
              testId="case-save"
            >
              Save as version {saved.version + 1}
            </Button>
          </>
        ) : undefined
      }
    />
  );
}

/** Plan or actuals: the tabs over the case's two panels. */
function CaseViewTabs({
  view,
  onSelect,
}: {
  view: ResultView;
  onSelect: (view: ResultView) => void;
}) {
  return (
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
          onClick={() => onSelect(v.key)}
        >
          {v.label}
        </button>
      ))}
    </div>
  );
}
