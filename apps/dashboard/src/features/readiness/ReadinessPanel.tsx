import { useQuery } from '@apollo/client/react';
import {
  DepartmentReadinessDocument,
  describeApiError,
  type ReadinessState,
} from '@esm-planner/dashboard-data-access-graphql';
import {
  Badge,
  type BadgeTone,
  Button,
  Card,
  ErrorBanner,
  LoadingState,
} from '@esm-planner/dashboard-ui';
import './readiness.css';

export type ReadinessPanelProps = {
  departmentId: string;
  /** Heading level that fits the page outline. */
  titleAs?: 'h2' | 'h3';
};

const STATE: Readonly<
  Record<ReadinessState, { label: string; tone: BadgeTone }>
> = {
  PASS: { label: 'Ready', tone: 'success' },
  WARN: { label: 'Warning', tone: 'warning' },
  FAIL: { label: 'Not ready', tone: 'danger' },
};

/**
 * Whether a department is ready to start (issue 7): the five ways ESM
 * programmes stall, each with its state from the data and the reasons.
 * Self-contained (it loads its own data), so the department and rollout
 * pages can both show it.
 */
export function ReadinessPanel({
  departmentId,
  titleAs = 'h2',
}: ReadinessPanelProps) {
  const { data, loading, error, refetch } = useQuery(
    DepartmentReadinessDocument,
    { variables: { departmentId }, fetchPolicy: 'cache-and-network' },
  );
  if (!data && loading) return <LoadingState label="Checking readiness…" />;
  const readiness = data?.readiness;
  if (!readiness) {
    return (
      <ErrorBanner
        title="Readiness could not be checked"
        messages={[describeApiError(error)]}
        action={<Button onClick={() => void refetch()}>Try again</Button>}
      />
    );
  }
  return (
    <Card
      as="section"
      title="Readiness to start"
      titleAs={titleAs}
      testId="readiness-panel"
      aside={
        <Badge tone={readiness.ready ? 'success' : 'danger'} dot>
          {readiness.ready ? 'Ready' : 'Not ready'}
        </Badge>
      }
    >
      <p className="muted">
        The failure modes that stall service management are not technical.
        Warnings show but do not block.
      </p>
      <ul className="readiness-checks">
        {readiness.checks.map((check) => (
          <li
            key={check.failureMode}
            className="readiness-check"
            data-testid={`readiness-${check.failureMode}`}
          >
            <Badge tone={STATE[check.state].tone}>
              {STATE[check.state].label}
            </Badge>
            <div>
              <strong>{check.title}</strong>
              {check.reasons.length > 0 ? (
                <ul className="readiness-reasons">
                  {check.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </Card>
  );
}
