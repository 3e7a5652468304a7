import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import {
  OrganizationMetricsDocument,
  describeApiError,
} from '@esm-planner/dashboard-data-access-graphql';
import {
  Button,
  EmptyState,
  ErrorBanner,
  PageHeader,
} from '@esm-planner/dashboard-ui';
import { usePageTitle } from '../../app/routing/usePageTitle';
import { organizationPageState } from '../organizations/organization-page-state';
import { MetricsRangeControls } from './MetricsRangeControls';
import {
  COMPLETE_WEEK_RANGES,
  lastCompleteWeeksRange,
  localIsoDay,
  rangeProblem,
  type DateRange,
} from './metrics-range';
import { DeflectionBenchmarksCard } from './DeflectionBenchmarksCard';
import { OrganizationDeflectionCard } from './OrganizationDeflectionCard';
import './metrics.css';

/** `/organizations/:organizationId/metrics`: every department's deflection against its benchmark. */
export function OrganizationMetricsPage() {
  const { organizationId = '' } = useParams();
  const today = useMemo(() => localIsoDay(new Date()), []);
  const [range, setRange] = useState<DateRange>(() =>
    lastCompleteWeeksRange(today, 26),
  );
  const problem = rangeProblem(range);
  // The last valid range is what is asked for, so half-typed dates keep the view.
  const [asked, setAsked] = useState(range);
  if (!problem && (asked.from !== range.from || asked.to !== range.to)) {
    setAsked(range);
  }
  const { data, previousData, loading, error, refetch } = useQuery(
    OrganizationMetricsDocument,
    { variables: { organizationId, ...asked } },
  );
  const shown = data ?? previousData;
  const organization = shown?.organization;
  usePageTitle('Metrics', organization?.name);

  const fallback = organizationPageState({
    hasData: Boolean(shown),
    hasOrganization: Boolean(organization),
    loading,
    error: shown ? undefined : error,
    refetch,
    loadingLabel: 'Loading the metrics…',
    errorTitle: 'The metrics could not be loaded',
  });
  if (fallback || !organization || !shown) return fallback;

  const rows = shown.organizationDeflection;
  return (
    <>
      <PageHeader
        eyebrow={organization.name}
        title="Metrics"
        description="How much of each department’s demand is deflected to self-service, against its benchmark, from request records."
      />
      <section data-testid="organization-metrics">
        <MetricsRangeControls
          range={range}
          onRangeChange={setRange}
          today={today}
          problem={problem}
          quickRanges={COMPLETE_WEEK_RANGES}
        />
        {error ? (
          <ErrorBanner
            title="The metrics could not be refreshed"
            messages={[describeApiError(error)]}
            action={<Button onClick={() => void refetch()}>Try again</Button>}
          />
        ) : null}
        {rows.length > 0 ? (
          <div aria-busy={loading} className="metrics-stack">
            <OrganizationDeflectionCard
              organizationId={organization.id}
              organizationName={organization.name}
              rows={rows}
              range={asked}
            />
            <DeflectionBenchmarksCard organizationId={organization.id} />
          </div>
        ) : (
          <EmptyState
            title="No departments yet"
            description="Add departments on the overview to compare their deflection here."
            testId="organization-metrics-empty"
          />
        )}
      </section>
    </>
  );
}
