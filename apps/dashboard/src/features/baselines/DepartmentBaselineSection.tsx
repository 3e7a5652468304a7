import type { ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import {
  DepartmentBaselineDocument,
  describeApiError,
  type DepartmentBaselineQuery,
} from '@esm-planner/dashboard-data-access-graphql';
import {
  Button,
  EmptyState,
  ErrorBanner,
  LoadingState,
} from '@esm-planner/dashboard-ui';
import { PATHS } from '../../app/routing/paths';
import { BaselineHistoryCard } from './BaselineHistoryCard';
import { BaselineSummaryCard } from './BaselineSummaryCard';
import { BuildBaselineCard } from './BuildBaselineCard';
import { baselineSummary } from './baseline-sentences';
import { ChannelVolumeCard } from './ChannelVolumeCard';
import { RequestTypesCard } from './RequestTypesCard';
import './baselines.css';

export type DepartmentBaselineSectionProps = {
  organizationId: string;
  departmentId: string;
  /** The organisation's time zone: the window of a baseline built from records is in its dates. */
  timeZone: string;
  /** Whether to offer building a baseline from request records (the API decides in the end). */
  canBuild: boolean;
};

/** The department's latest audit in its own words, its charts and its earlier audits. */
export function DepartmentBaselineSection({
  organizationId,
  departmentId,
  timeZone,
  canBuild,
}: DepartmentBaselineSectionProps) {
  const { data, loading, error, refetch } = useQuery(
    DepartmentBaselineDocument,
    {
      variables: { departmentId },
      fetchPolicy: 'cache-and-network',
    },
  );
  const department = data?.department;
  const baseline = department?.baseline;
  const buildCard =
    department && canBuild ? (
      <BuildBaselineCard
        organizationId={organizationId}
        departmentId={departmentId}
        name={department.name}
        vocabulary={department.vocabulary}
        timeZone={timeZone}
      />
    ) : null;

  let body;
  if (!data && loading) {
    body = <LoadingState label="Loading the baseline…" />;
  } else if (!department) {
    body = (
      <ErrorBanner
        title="The baseline could not be loaded"
        messages={[describeApiError(error)]}
        action={<Button onClick={() => void refetch()}>Try again</Button>}
      />
    );
  } else if (!baseline) {
    body = (
      <div className="baseline-stack">
        <EmptyState
          title="No audit yet"
          description={`Import a two-week audit of ${department.name}’s work${canBuild ? ', or build one from its request records below,' : ''} to see its volume by channel, its top request types and how fast it answers.`}
          action={<Link to={PATHS.imports(organizationId)}>Go to Imports</Link>}
          testId="baseline-empty"
        />
        {buildCard}
      </div>
    );
  } else {
    body = (
      <LatestBaselineStack
        department={department}
        baseline={baseline}
        history={data.baselineHistory}
        buildCard={buildCard}
      />
    );
  }
  return (
    <section
      className="baseline-section"
      aria-labelledby="baseline-heading"
      data-testid="department-baseline"
    >
      <h2 id="baseline-heading" className="baseline-section__heading">
        Baseline
      </h2>
      {body}
    </section>
  );
}

type Department = NonNullable<DepartmentBaselineQuery['department']>;

/** The latest audit's summary and charts, then every audit window. */
function LatestBaselineStack({
  department,
  baseline,
  history,
  buildCard,
}: {
  department: Department;
  baseline: NonNullable<Department['baseline']>;
  history: DepartmentBaselineQuery['baselineHistory'];
  buildCard: ReactNode;
}) {
  const stem = `${department.name} ${baseline.windowStart}`;
  return (
    <div className="baseline-stack">
      <BaselineSummaryCard
        title="Latest audit"
        sentence={baselineSummary(
          department.name,
          department.vocabulary,
          baseline,
        )}
        baseline={baseline}
        vocabulary={department.vocabulary}
        testId="baseline-summary"
      />
      {buildCard}
      <ChannelVolumeCard
        name={department.name}
        vocabulary={department.vocabulary}
        totalRequests={baseline.totalRequests}
        byChannel={baseline.byChannel}
        fileStem={stem}
      />
      <RequestTypesCard
        vocabulary={department.vocabulary}
        types={baseline.topRequestTypes}
        fileStem={stem}
      />
      <BaselineHistoryCard
        audits={history}
        vocabulary={department.vocabulary}
        fileStem={department.name}
      />
    </div>
  );
}
