import { useCallback, useMemo, useRef, useState } from 'react';
import type { ColumnMappingFieldsFragment } from '@esm-planner/dashboard-data-access-graphql';
import type { ImportKind } from '@esm-planner/domain-imports';
import { useSessionStore } from '../../../app/session/SessionContext';
import type { KnownMapping } from './column-suggestions';
import { firstGuess } from './first-guess';
import { mappingFromApi } from './mapping-from-api';
import type { FilePreview } from './preview-request';
import { useDistinctValues } from './useDistinctValues';
import { useFilePreview } from './useFilePreview';
import { useMappingSave } from './useMappingSave';
import {
  emptyMapping,
  fromColumnMapping,
  type WizardMapping,
} from './wizard-mapping';

export type WizardSetup = {
  organizationId: string;
  kind: ImportKind;
  file: File;
  mappings: readonly ColumnMappingFieldsFragment[];
};

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
  const [mapping, setMapping] = useState<WizardMapping>(() =>
    emptyMapping(kind),
  );
  // The mappings seed the first guess only: a list refreshed later (after a save) must not redo it.
  const firstKnown = useRef(known);
  const guessFromFile = useCallback(
    (data: FilePreview) =>
      setMapping(firstGuess(kind, data, firstKnown.current)),
    [kind],
  );
  const { preview, loading, setLoading, failure, setFailure } = useFilePreview({
    organizationId,
    file,
    token,
    onRead: guessFromFile,
  });
  const [startedFrom, setStartedFrom] = useState('');
  const { distinct, ensureDistinct } = useDistinctValues({
    organizationId,
    file,
    token,
    setLoading,
    setFailure,
  });
  const { markChanged, ...saving } = useMappingSave(organizationId, mapping);
  const update = useCallback(
    (change: (current: WizardMapping) => WizardMapping) => {
      setMapping(change);
      markChanged();
    },
    [markChanged],
  );

  /** Starts again from a saved mapping (saving replaces it), a copy of a built-in one, or the suggestions (''). */
  const startFrom = (id: string) => {
    setStartedFrom(id);
    const chosen = mappings.find((candidate) => candidate.id === id);
    if (!chosen)
      return update(() =>
        preview ? firstGuess(kind, preview.data, known) : emptyMapping(kind),
      );
    const state = fromColumnMapping(mappingFromApi(chosen), chosen.source);
    update(() =>
      chosen.builtIn ? { ...state, name: `${chosen.name} (copy)` } : state,
    );
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
    ...saving,
  };
}

export type MappingWizard = ReturnType<typeof useMappingWizard>;
