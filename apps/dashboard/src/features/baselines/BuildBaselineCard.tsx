import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { CreateAuditFromRequestsDocument } from '@esm-planner/dashboard-data-access-graphql';
import {
  Button,
  Card,
  ErrorBanner,
  FormActions,
  TextField,
} from '@esm-planner/dashboard-ui';
import { pluralizeVocabulary } from '@esm-planner/domain-departments';
import {
  builtSentence,
  defaultBuildWindow,
  type BuildBaselineWindow,
} from './build-baseline-form';
import {
  NO_PROBLEMS,
  problemsFromFailure,
  type FormProblems,
} from '../forms/field-problems';

export type BuildBaselineCardProps = {
  organizationId: string;
  departmentId: string;
  name: string;
  vocabulary: string;
  timeZone: string;
  titleAs?: 'h2' | 'h3';
};

/** The window, the problems of the last try and the sentence of the last build. */
function useBuildBaseline(
  organizationId: string,
  departmentId: string,
  vocabulary: string,
  timeZone: string,
) {
  const [dates, setDates] = useState<BuildBaselineWindow>(() =>
    defaultBuildWindow(timeZone),
  );
  const [problems, setProblems] = useState(NO_PROBLEMS);
  const [built, setBuilt] = useState<string | null>(null);
  const [build, { loading }] = useMutation(CreateAuditFromRequestsDocument, {
    refetchQueries: ['DepartmentBaseline'],
    awaitRefetchQueries: true,
  });

  const update = (patch: Partial<BuildBaselineWindow>) => {
    setBuilt(null);
    setDates((current) => ({ ...current, ...patch }));
  };

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setBuilt(null);
    setProblems(NO_PROBLEMS);
    try {
      const { data } = await build({
        variables: {
          input: { organizationId, departmentIds: [departmentId], ...dates },
        },
      });
      const [baseline] = data?.createAuditFromRequests ?? [];
      if (baseline) setBuilt(builtSentence(baseline, vocabulary));
    } catch (failure) {
      setProblems(
        problemsFromFailure(failure, {
          windowStart: 'First day',
          windowEnd: 'Last day',
          departmentIds: 'Departments',
        }),
      );
    }
  }
  return { dates, update, problems, built, loading, submit };
}

/**
 * "Build baseline from request records" (createAuditFromRequests): a window
 * in the organisation's local dates, the last two complete weeks first. The
 * new audit replaces the one of the same window, and the section reloads.
 */
export function BuildBaselineCard({
  organizationId,
  departmentId,
  name,
  vocabulary,
  timeZone,
  titleAs = 'h3',
}: BuildBaselineCardProps) {
  const { dates, update, problems, built, loading, submit } = useBuildBaseline(
    organizationId,
    departmentId,
    vocabulary,
    timeZone,
  );
  const plural = pluralizeVocabulary(vocabulary, 2);

  return (
    <Card
      as="section"
      title="Build baseline from request records"
      titleAs={titleAs}
      testId="build-baseline"
    >
      <form
        className="build-baseline"
        noValidate
        onSubmit={(event) => void submit(event)}
      >
        <p className="muted build-baseline__intro">
          Counts {name}’s {plural} opened in the window by type and channel,
          with exact median and 90th percentile first response. Dates are in{' '}
          {timeZone}; both days count. It replaces the audit of the same window.
        </p>
        {problems.other.length > 0 ? (
          <ErrorBanner
            title="The baseline was not built"
            messages={problems.other}
          />
        ) : null}
        <BuildWindowFields
          dates={dates}
          problems={problems}
          onChange={update}
        />
        {problems.fields.departmentIds ? (
          <p
            className="build-baseline__error"
            role="alert"
            data-testid="build-baseline-error"
          >
            {problems.fields.departmentIds}
          </p>
        ) : null}
        <FormActions>
          <Button type="submit" variant="primary" loading={loading}>
            Build baseline
          </Button>
          <span
            className="form-status"
            role="status"
            data-testid="build-baseline-status"
          >
            {built ?? ''}
          </span>
        </FormActions>
      </form>
    </Card>
  );
}

/** The window's first and last day, each bounding the other. */
function BuildWindowFields({
  dates,
  problems,
  onChange,
}: {
  dates: BuildBaselineWindow;
  problems: FormProblems;
  onChange: (patch: Partial<BuildBaselineWindow>) => void;
}) {
  return (
    <div className="build-baseline__window">
      <TextField
        label="First day"
        name="windowStart"
        type="date"
        required
        value={dates.windowStart}
        max={dates.windowEnd || undefined}
        error={problems.fields.windowStart}
        onChange={(windowStart) => onChange({ windowStart })}
      />
      <TextField
        label="Last day"
        name="windowEnd"
        type="date"
        required
        value={dates.windowEnd}
        min={dates.windowStart || undefined}
        error={problems.fields.windowEnd}
        onChange={(windowEnd) => onChange({ windowEnd })}
      />
    </div>
  );
}
