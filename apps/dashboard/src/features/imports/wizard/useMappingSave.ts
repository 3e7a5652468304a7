import { useCallback, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  describeApiError,
  graphQLErrorsOf,
  SaveColumnMappingDocument,
} from '@esm-planner/dashboard-data-access-graphql';
import { mappingProblemsOf, type MappingProblems } from './mapping-problems';
import { toColumnMappingInput, type WizardMapping } from './wizard-mapping';

const NO_PROBLEMS: MappingProblems = { steps: {}, first: null };

/** Saving the wizard's mapping: the save, what was saved, and the API's problems. */
export function useMappingSave(organizationId: string, mapping: WizardMapping) {
  const [problems, setProblems] = useState<MappingProblems>(NO_PROBLEMS);
  const [saved, setSaved] = useState<{ id: string; name: string } | null>(null);
  // Changed by the person since the last save (the first guess does not count).
  const [dirty, setDirty] = useState(false);
  const [save, saving] = useMutation(SaveColumnMappingDocument);

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

  /** A change by the person: what was saved is no longer what is shown. */
  const markChanged = useCallback(() => {
    setSaved(null);
    setDirty(true);
  }, []);

  return {
    problems,
    saved,
    dirty,
    saving: saving.loading,
    saveMapping,
    markChanged,
  };
}
