import { useQuery } from '@apollo/client/react';
import {
  DeflectionBenchmarksDocument,
  describeApiError,
} from '@esm-planner/dashboard-data-access-graphql';
import {
  Button,
  Card,
  ErrorBanner,
  LoadingState,
} from '@esm-planner/dashboard-ui';
import { canManageDepartments } from '../access/roles';
import { BenchmarkItem } from './BenchmarkItem';

export type DeflectionBenchmarksCardProps = { organizationId: string };

/**
 * Each department's deflection benchmark and where it comes from; the
 * organisation's administrators and the CoE set their own figure in place
 * (setDeflectionBenchmark), which every benchmark reader then uses.
 */
export function DeflectionBenchmarksCard({
  organizationId,
}: DeflectionBenchmarksCardProps) {
  const { data, loading, error, refetch } = useQuery(
    DeflectionBenchmarksDocument,
    { variables: { organizationId } },
  );
  const organization = data?.organization;
  const editable = canManageDepartments(organization?.myRole);

  let body;
  if (!data && loading) body = <LoadingState label="Loading the benchmarks…" />;
  else if (!organization) {
    body = (
      <ErrorBanner
        title="The benchmarks could not be loaded"
        messages={[describeApiError(error)]}
        action={<Button onClick={() => void refetch()}>Try again</Button>}
      />
    );
  } else {
    body = (
      <>
        <p className="muted benchmarks__intro">
          The deflection each department should reach by month 3 after go-live.
          Published figures come from live deployments; Legal, Facilities and
          other departments have none, so 30% is assumed until the organisation
          sets one. A figure set here is the department’s benchmark everywhere:
          metrics, gaps, business-case defaults, the roadmap and the maturity
          evidence.
          {editable
            ? ''
            : ' The organisation’s administrators and the CoE set them.'}
        </p>
        <ul className="benchmarks" data-testid="deflection-benchmarks">
          {organization.departments.map((department) => (
            <BenchmarkItem
              key={department.id}
              department={department}
              editable={editable}
            />
          ))}
        </ul>
      </>
    );
  }
  return (
    <Card
      as="section"
      title="Deflection benchmarks"
      testId="deflection-benchmarks-card"
    >
      {body}
    </Card>
  );
}
