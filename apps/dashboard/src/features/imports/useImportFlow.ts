import { useCallback, useState } from 'react';
import { NEW_MAPPING, type ImportFormValues } from './import-form';
import type { useImportUpload } from './useImportUpload';

type Chosen = { values: ImportFormValues; file: File };
type MappingRun = { mappingId: string; dryRun: boolean };

/**
 * The imports page's flow: the form, or the mapping wizard with the file
 * and choices of the form kept; which job's report is shown; and when the
 * history loads again.
 */
export function useImportFlow(
  upload: ReturnType<typeof useImportUpload>,
  onMappingRun: () => void,
) {
  const [shownJobId, setShownJobId] = useState<string | null>(null);
  const [historyKey, setHistoryKey] = useState(0);
  // The file and choices of the form, kept while the wizard builds a mapping.
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [wizardOpen, setWizardOpen] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const onFinished = useCallback(() => setHistoryKey((key) => key + 1), []);
  const { state } = upload;

  const submitForm = (values: ImportFormValues, file: File) => {
    setShownJobId(null);
    if (values.mapping === NEW_MAPPING) {
      upload.reset();
      setChosen({ values, file });
      setWizardOpen(true);
    } else void upload.start(values, file);
  };
  const runMapping = (chosen: Chosen, run: MappingRun) => {
    setShownJobId(null);
    void upload.start(chosen.values, chosen.file, run);
    if (run.dryRun) return;
    // The import runs: the next one starts from a fresh form.
    setWizardOpen(false);
    setChosen(null);
    setFormKey((key) => key + 1);
    onMappingRun();
  };
  const setSkipInvalid = (chosen: Chosen, skipInvalid: boolean) =>
    setChosen({ ...chosen, values: { ...chosen.values, skipInvalid } });
  const showJob = (id: string) => {
    upload.reset();
    setShownJobId(id);
  };

  return {
    chosen,
    wizardOpen,
    closeWizard: () => setWizardOpen(false),
    formKey,
    historyKey,
    onFinished,
    jobId: state.phase === 'started' ? state.jobId : shownJobId,
    submitForm,
    runMapping,
    setSkipInvalid,
    showJob,
  };
}
