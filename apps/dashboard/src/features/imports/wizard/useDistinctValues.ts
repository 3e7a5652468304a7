import { useCallback, useRef, useState } from 'react';
import { describeErrors } from './mapping-problems';
import { requestPreview } from './preview-client';
import type { DistinctValue } from './preview-request';

/**
 * The values of the file's columns with their counts, counted on demand. The
 * wizard shows one loading line and one failure for every read of the file,
 * so those are the caller's to show.
 */
export function useDistinctValues({
  organizationId,
  file,
  token,
  setLoading,
  setFailure,
}: {
  organizationId: string;
  file: File;
  token: string | null;
  setLoading: (label: string | null) => void;
  setFailure: (failure: string) => void;
}) {
  const [distinct, setDistinct] = useState<
    ReadonlyMap<string, DistinctValue[]>
  >(new Map());
  const asked = useRef(new Set<string>());

  /** Counts the values of columns not counted yet (one read of the file for all of them). */
  const ensureDistinct = useCallback(
    async (columns: readonly string[]) => {
      const missing = [...new Set(columns)].filter(
        (column) => column && !asked.current.has(column),
      );
      if (missing.length === 0) return;
      missing.forEach((column) => asked.current.add(column));
      setLoading('Counting the values in the file…');
      const answer = await requestPreview({
        organizationId,
        file,
        token,
        columns: missing,
      });
      setLoading(null);
      if (answer.kind === 'preview')
        setDistinct(
          (current) => new Map([...current, ...answer.preview.distinct]),
        );
      else {
        missing.forEach((column) => asked.current.delete(column));
        setFailure(
          answer.kind === 'failed'
            ? answer.message
            : describeErrors(answer.errors),
        );
      }
    },
    [organizationId, file, token, setLoading, setFailure],
  );
  return { distinct, ensureDistinct };
}
