import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { SetDeflectionBenchmarkDocument } from '@esm-planner/dashboard-data-access-graphql';
import { useFormProblems } from '../forms/useFormProblems';
import {
  defaultBenchmarkLabel,
  parseBenchmarkPercent,
  percentText,
  type BenchmarkFigures,
} from './deflection-benchmarks';

/** One department's benchmark form: the typed percentage, its problems, save and reset. */
export function useBenchmarkForm(
  departmentId: string,
  departmentName: string,
  benchmark: BenchmarkFigures,
) {
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

  return {
    text,
    setText,
    saved,
    setSaved,
    checks,
    loading,
    fallback,
    send,
    submit,
  };
}
