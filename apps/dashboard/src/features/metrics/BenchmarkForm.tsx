import { Button, ErrorBanner, TextField } from '@esm-planner/dashboard-ui';
import type { BenchmarkFigures } from './deflection-benchmarks';
import { useBenchmarkForm } from './useBenchmarkForm';

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
  const {
    text,
    setText,
    saved,
    setSaved,
    checks,
    loading,
    fallback,
    send,
    submit,
  } = useBenchmarkForm(departmentId, departmentName, benchmark);

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
