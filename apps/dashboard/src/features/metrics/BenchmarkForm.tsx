import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  formProblemsFromError,
  SetDeflectionBenchmarkDocument,
} from '@esm-planner/dashboard-data-access-graphql';
import { Button, ErrorBanner, TextField } from '@esm-planner/dashboard-ui';
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

const FIELDS = ['benchmark'] as const;

/**
 * One department's benchmark, edited in place: a percentage, saved as the
 * organisation's figure, or back to the published one (or the assumption).
 * The deflection table reloads with it.
 */
export function BenchmarkForm({ departmentId, departmentName, benchmark }: BenchmarkFormProps) {
  const [text, setText] = useState(() => percentText(benchmark.target));
  const [error, setError] = useState<string | undefined>();
  const [other, setOther] = useState<string[]>([]);
  const [saved, setSaved] = useState('');
  const [save, { loading }] = useMutation(SetDeflectionBenchmarkDocument, {
    // The deflection table above shows the new gaps by the time "Saved." does.
    refetchQueries: ['OrganizationMetrics'],
    awaitRefetchQueries: true,
  });
  const fallback = defaultBenchmarkLabel(benchmark);

  async function send(value: number | null): Promise<void> {
    setError(undefined);
    setOther([]);
    setSaved('');
    try {
      const { data } = await save({ variables: { departmentId, benchmark: value } });
      const now = data?.setDeflectionBenchmark.deflectionBenchmark;
      if (now) {
        setText(percentText(now.target));
        setSaved(value === null ? `Back to ${fallback ?? 'the default'}.` : 'Saved.');
      }
    } catch (failure) {
      const problems = formProblemsFromError(failure, FIELDS);
      setError(problems.fields.benchmark);
      setOther(problems.other);
    }
  }

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const parsed = parseBenchmarkPercent(text);
    if (!parsed.ok) {
      setSaved('');
      setError(parsed.message);
      return;
    }
    void send(parsed.fraction);
  }

  return (
    <form className="benchmark-form" noValidate onSubmit={submit} data-testid={`benchmark-form-${departmentId}`}>
      {other.length > 0 ? <ErrorBanner title="The benchmark was not saved" messages={other} /> : null}
      <div className="benchmark-form__row">
        <TextField
          label={`${departmentName} benchmark, %`}
          name="benchmark"
          required
          value={text}
          error={error}
          onChange={(value) => {
            setSaved('');
            setText(value);
          }}
        />
        <div className="benchmark-form__actions">
          <Button type="submit" size="sm" loading={loading}>
            Save
          </Button>
          {benchmark.source === 'ORGANIZATION' && fallback ? (
            <Button type="button" size="sm" variant="ghost" disabled={loading} onClick={() => void send(null)}>
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
