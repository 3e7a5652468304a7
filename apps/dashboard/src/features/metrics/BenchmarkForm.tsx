import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { SetDeflectionBenchmarkDocument } from '@esm-planner/dashboard-data-access-graphql';
import { Button, ErrorBanner, TextField } from '@esm-planner/dashboard-ui';
import { useFormProblems } from '../forms/useFormProblems';
import {
  defaultBenchmarkLabel,
  parseBenchmarkPercent,
  percentText,
  type BenchmarkFigures,
} from './deflection-benchmarks';

export type BenchmarkFormProps = {
  departmentId: string;
  departmentName: string;
  benchmark: BenchmarkFigures;
};

/**
 * One department's benchmark, edited in place: a percentage, saved as the
 * organisation's figure, or back to the published one (or the assumption).
 * The deflection table reloads with it.
 */
export function BenchmarkForm({
  departmentId,
  departmentName,
  benchmark,
}: BenchmarkFormProps) {
  const [text, setText] = useState(() => percentText(benchmark.target));
  const [saved, setSaved] = useState('');
  // The input's name is the API's, so its problem lands here, said with the label's words.
  const labels = { benchmark: `${departmentName} benchmark` };
  const parsed = parseBenchmarkPercent(text);
  const checks = useFormProblems(
    labels,
    parsed.ok ? [] : [{ field: 'benchmark', message: parsed.message }],
  );
  const [save, { loading }] = useMutation(SetDeflectionBenchmarkDocument, {
    // The deflection table above shows the new gaps by the time "Saved." does.
    refetchQueries: ['OrganizationMetrics'],
    awaitRefetchQueries: true,
  });
  const fallback = defaultBenchmarkLabel(benchmark);

  async function send(value: number | null): Promise<void> {
    setSaved('');
    try {
      const { data } = await save({
        variables: { departmentId, benchmark: value },
      });
      const now = data?.setDeflectionBenchmark.deflectionBenchmark;
      if (now) {
        setText(percentText(now.target));
        setSaved(
          value === null ? `Back to ${fallback ?? 'the default'}.` : 'Saved.',
        );
      }
    } catch (failure) {
      checks.failSubmit(failure);
    }
  }

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    setSaved('');
    if (!checks.beginSubmit() || !parsed.ok) return;
    void send(parsed.fraction);
  }

  return (
    <form
      className="benchmark-form"
      noValidate
      onSubmit={submit}
      data-testid={`benchmark-form-${departmentId}`}
    >
      {checks.problems.other.length > 0 ? (
        <ErrorBanner
          title="The benchmark was not saved"
          messages={checks.problems.other}
        />
      ) : null}
      <div className="benchmark-form__row">
        <TextField
          label={`${departmentName} benchmark, %`}
          name="benchmark"
          required
          value={text}
          error={checks.problems.fields.benchmark}
          onChange={(value) => {
            checks.onEdit('benchmark');
            setSaved('');
            setText(value);
          }}
        />
        <div className="benchmark-form__actions">
          <Button type="submit" size="sm" loading={loading}>
            Save
          </Button>
          {benchmark.source === 'ORGANIZATION' && fallback ? (
            <Button
              type="button"
              size="sm"
              variant="ghost"
              disabled={loading}
              onClick={() => {
                checks.clear();
                void send(null);
              }}
            >
              Use {fallback}
            </Button>
          ) : null}
          <span className="benchmark-form__status" role="status">
            {saved}
          </span>
        </div>
      </div>
    </form>
  );
}
