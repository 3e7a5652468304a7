import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useParams, useSearchParams } from 'react-router';
import { MaturityPageDocument } from '@esm-planner/dashboard-data-access-graphql';
import { EmptyState, PageHeader } from '@esm-planner/dashboard-ui';
import { usePageTitle } from '../../app/routing/usePageTitle';
import { isCoeOrAdmin } from '../access/roles';
import { organizationPageState } from '../organizations/organization-page-state';
import { MaturityOverview } from './MaturityOverview';
import { MaturityScopeSelect } from './MaturityScopeSelect';
import { QuestionnaireForm } from './QuestionnaireForm';
import './maturity.css';

/** `/organizations/:organizationId/maturity`: assess maturity with the data beside each answer, and see the trend. */
export function MaturityPage() {
  const { organizationId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const departmentId = search.get('department') || null;
  // Which questionnaire was just saved: the form restarts from the new assessment, the sign stays.
  const [savedFor, setSavedFor] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(MaturityPageDocument, {
    variables: { organizationId, departmentId },
    fetchPolicy: 'cache-and-network',
  });
  const organization = data?.organization;
  usePageTitle('Maturity', organization?.name);

  const fallback = organizationPageState({
    hasData: Boolean(data),
    hasOrganization: Boolean(organization),
    loading,
    error,
    refetch,
    loadingLabel: 'Loading maturity…',
    errorTitle: 'Maturity could not be loaded',
  });
  if (fallback || !organization || !data) return fallback;

  const department = organization.departments.find(
    (d) => d.id === departmentId,
  );
  const scopeName = department?.name ?? organization.name;
  const history = data.maturityHistory;
  const latest = history[history.length - 1];
  return (
    <>
      <PageHeader
        eyebrow={organization.name}
        title="Maturity"
        description="Six dimensions scored 1 to 5 from the questionnaire, with what the data says beside each answer. Assessments are dated and kept, so the trend shows."
      />
      <MaturityScopeSelect
        organizationName={organization.name}
        departments={organization.departments}
        departmentId={departmentId}
        onChange={(value) => setSearch(value ? { department: value } : {})}
      />
      {latest ? (
        <MaturityOverview history={history} scopeName={scopeName} />
      ) : (
        <EmptyState
          title={`No assessment of ${scopeName} yet`}
          description="Answer the questionnaire below to record the first one."
          testId="maturity-empty"
        />
      )}
      <h2 className="maturity-heading">Questionnaire</h2>
      <QuestionnaireForm
        key={`${departmentId ?? 'org'}-${latest?.id ?? 'none'}`}
        organizationId={organization.id}
        departmentId={departmentId}
        questions={data.maturityQuestions}
        evidence={data.maturityEvidence}
        initialAnswers={latest?.answers ?? []}
        canSubmit={isCoeOrAdmin(organization.myRole)}
        confirmation={
          savedFor === (departmentId ?? 'org') ? 'Assessment saved.' : null
        }
        onSubmitted={() => {
          setSavedFor(departmentId ?? 'org');
          void refetch();
        }}
      />
    </>
  );
}
