import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  graphQLErrorsOf,
  SaveColumnMappingDocument,
  type ColumnMappingFieldsFragment,
} from '@esm-planner/dashboard-data-access-graphql';
import { describeApiError } from '@esm-planner/dashboard-data-access-graphql';
import { TARGET_FIELDS, type ImportKind } from '@esm-planner/domain-imports';
import { useSessionStore } from '../../../app/session/SessionContext';
import { initialFieldChoices, type KnownMapping } from './column-suggestions';
import { formatsThatRead } from './date-formats';
import { mappingFromApi } from './mapping-from-api';
import {
  describeErrors,
  mappingProblemsOf,
  type MappingProblems,
} from './mapping-problems';
import { requestPreview } from './preview-client';
import type { DistinctValue, FilePreview } from './preview-request';
import {
  emptyMapping,
  fromColumnMapping,
  toColumnMappingInput,
  type WizardMapping,
} from './wizard-mapping';

export type WizardSetup = {
  organizationId: string;
  kind: ImportKind;
  file: File;
  mappings: readonly ColumnMappingFieldsFragment[];
};

const NO_PROBLEMS: MappingProblems = { steps: {}, first: null };

/** The mapping's first guess from the file: suggested columns, and the date format its first dates read with. */
function guess(
  kind: ImportKind,
  preview: FilePreview,
  known: readonly KnownMapping[],
): WizardMapping {
  const fields = initialFieldChoices(kind, preview.headers, known);
  const dateColumns = TARGET_FIELDS[kind]
    .filter((field) => field.type === 'timestamp' || field.type === 'date')
    .flatMap((field) => {
      const choice = fields[field.name];
      return choice.kind === 'column'
        ? [preview.headers.indexOf(choice.column)]
        : [];
    });
  const samples = preview.sampleRows.flatMap((row) =>
    dateColumns.map((index) => row.cells[index] ?? ''),
  );
  return {
    ...emptyMapping(kind),
    fields,
    dateFormat: formatsThatRead(samples)[0] ?? '',
  };
}

/**
 * The state of the mapping wizard for one file: the file's preview, the
 * mapping being built, the values counted so far, and saving.
 */
export function useMappingWizard({
  organizationId,
  kind,
  file,
  mappings,
}: WizardSetup) {
  const token = useSessionStore().read()?.token ?? null;
  const known = useMemo<KnownMapping[]>(
    () =>
      mappings.map((mapping) => ({
        ...mappingFromApi(mapping),
        builtIn: mapping.builtIn,
      })),
    [mappings],
  );
  const [preview, setPreview] = useState<{
    data: FilePreview;
    partial: boolean;
  } | null>(null);
  const [mapping, setMapping] = useState<WizardMapping>(() =>
    emptyMapping(kind),
  );
  const [startedFrom, setStartedFrom] = useState('');
  const [distinct, setDistinct] = useState<
    ReadonlyMap<string, DistinctValue[]>
  >(new Map());
  const [loading, setLoading] = useState<string | null>('Reading the file…');
  const [failure, setFailure] = useState<string | null>(null);
  const [problems, setProblems] = useState<MappingProblems>(NO_PROBLEMS);
  const [saved, setSaved] = useState<{ id: string; name: string } | null>(null);
  // Changed by the person since the last save (the first guess does not count).
  const [dirty, setDirty] = useState(false);
  const [save, saving] = useMutation(SaveColumnMappingDocument);
  const asked = useRef(new Set<string>());
  // The mappings seed the first guess only: a list refreshed later (after a save) must not redo it.
  const firstKnown = useRef(known);

  useEffect(() => {
    const controller = new AbortController();
    void requestPreview({
      organizationId,
      file,
      token,
      signal: controller.signal,
    }).then((answer) => {
      if (controller.signal.aborted) return;
      setLoading(null);
      if (answer.kind === 'preview') {
        setPreview({ data: answer.preview, partial: answer.partial });
        setMapping(guess(kind, answer.preview, firstKnown.current));
      } else
        setFailure(
          answer.kind === 'failed'
            ? answer.message
            : describeErrors(answer.errors),
        );
    });
    return () => controller.abort();
  }, [organizationId, file, kind, token]);

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
    [organizationId, file, token],
  );

  const update = useCallback(
    (change: (current: WizardMapping) => WizardMapping) => {
      setMapping(change);
      setSaved(null);
      setDirty(true);
    },
    [],
  );

  /** Starts again from a saved mapping (saving replaces it), a copy of a built-in one, or the suggestions (''). */
  const startFrom = (id: string) => {
    setStartedFrom(id);
    const chosen = mappings.find((candidate) => candidate.id === id);
    if (!chosen)
      return update(() =>
        preview ? guess(kind, preview.data, known) : emptyMapping(kind),
      );
    const state = fromColumnMapping(mappingFromApi(chosen), chosen.source);
    update(() =>
      chosen.builtIn ? { ...state, name: `${chosen.name} (copy)` } : state,
    );
  };

  /** Saves the mapping under its name; the API's problems go next to their controls. */
  const saveMapping = async (): Promise<string | null> => {
    const input = toColumnMappingInput(mapping);
    const result = await save({
      variables: {
        input: {
          ...input,
          organizationId,
          ...(mapping.kept.source ? { source: mapping.kept.source } : {}),
        },
      },
    }).catch((error: unknown) => ({ error }));
    if ('data' in result && result.data) {
      setProblems(NO_PROBLEMS);
      setDirty(false);
      setSaved({
        id: result.data.saveColumnMapping.id,
        name: result.data.saveColumnMapping.name,
      });
      return result.data.saveColumnMapping.id;
    }
    const errors = graphQLErrorsOf('error' in result ? result.error : null);
    setProblems(
      errors.length > 0
        ? mappingProblemsOf(errors, input)
        : {
            steps: {
              check: {
                fields: {},
                other: [
                  describeApiError('error' in result ? result.error : null),
                ],
              },
            },
            first: 'check',
          },
    );
    return null;
  };

  return {
    token,
    known,
    preview,
    mapping,
    update,
    startedFrom,
    startFrom,
    distinct,
    ensureDistinct,
    loading,
    failure,
    problems,
    saved,
    dirty,
    saving: saving.loading,
    saveMapping,
  };
}

export type MappingWizard = ReturnType<typeof useMappingWizard>;
