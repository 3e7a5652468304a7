import { useCallback, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import {
  ImportsPageDocument,
  ImportWizardContextDocument,
} from '@esm-planner/dashboard-data-access-graphql';
import { Card, ErrorBanner, PageHeader } from '@esm-planner/dashboard-ui';
import { organizationPageState } from '../organizations/organization-page-state';
import { usePageTitle } from '../../app/routing/usePageTitle';
import { canImport } from '../access/roles';
import { ImportForm } from './ImportForm';
import { ImportHistory } from './ImportHistory';
import { ImportJobPanel } from './ImportJobPanel';
import { ImportProgressBlock } from './ImportProgressBlock';
import {
  INITIAL_IMPORT_VALUES,
  NEW_MAPPING,
  type ImportFormValues,
} from './import-form';
import { uploadProgressState } from './import-progress';
import { useImportUpload } from './useImportUpload';
import { MappingWizard } from './wizard/MappingWizard';
import './imports.css';

type Chosen = { values: ImportFormValues; file: File };

/** `/organizations/:organizationId/imports`: start an import (or build a column mapping first), follow it, see the history. */
export function ImportsPage() {
  const { organizationId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ImportsPageDocument, {
    variables: { organizationId },
  });
  const importer = canImport(data?.organization?.myRole ?? null);
  const context = useQuery(ImportWizardContextDocument, {
    variables: { organizationId },
    skip: !importer,
  });
  const upload = useImportUpload(organizationId);
  const [shownJobId, setShownJobId] = useState<string | null>(null);
  const [historyKey, setHistoryKey] = useState(0);
  // The file and choices of the form, kept while the wizard builds a mapping.
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [wizardOpen, setWizardOpen] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const onFinished = useCallback(() => setHistoryKey((key) => key + 1), []);
  const organization = data?.organization;
  usePageTitle('Imports', organization?.name);

  const fallback = organizationPageState({
    hasData: Boolean(data),
    hasOrganization: Boolean(organization),
    loading,
    error,
    refetch,
    loadingLabel: 'Loading imports…',
    errorTitle: 'The imports page could not be loaded',
  });
  if (fallback || !organization) return fallback;

  const { state } = upload;
  const jobId = state.phase === 'started' ? state.jobId : shownJobId;
  const mappings = context.data?.columnMappings ?? [];
  const busy = state.phase === 'uploading';
  return (
    <>
      <PageHeader
        eyebrow={organization.name}
        title="Imports"
        description="Bring in a two-week audit or weekly metrics (CSV or XLSX) or request records (CSV), from ESM Planner’s own columns, a tool’s export or any other layout through a column mapping. Each file is checked first; importing the same file again changes nothing."
      />
      <div className="imports-page">
        {!importer ? (
          <Card as="section" title="New import">
            <p className="muted">
              Your role lets you see the imports, not start them.
              Administrators, the CoE and department heads import files.
            </p>
          </Card>
        ) : wizardOpen && chosen ? (
          <MappingWizard
            organizationId={organization.id}
            organizationTimeZone={context.data?.organization?.timeZone ?? 'UTC'}
            departments={
              context.data?.organization?.departments.map(
                (department) => department.name,
              ) ?? []
            }
            kind={chosen.values.kind}
            file={chosen.file}
            mappings={mappings}
            skipInvalid={chosen.values.skipInvalid}
            busy={busy}
            onSkipInvalid={(skipInvalid) =>
              setChosen({
                ...chosen,
                values: { ...chosen.values, skipInvalid },
              })
            }
            onBackToFile={() => setWizardOpen(false)}
            onRun={(run) => {
              setShownJobId(null);
              void upload.start(chosen.values, chosen.file, run);
              if (run.dryRun) return;
              // The import runs: the next one starts from a fresh form.
              setWizardOpen(false);
              setChosen(null);
              setFormKey((key) => key + 1);
              void context.refetch();
            }}
          />
        ) : (
          <ImportForm
            key={formKey}
            problems={state.phase === 'refused' ? state.problems : null}
            busy={busy}
            mappings={mappings}
            initial={chosen ?? { values: INITIAL_IMPORT_VALUES, file: null }}
            onSubmit={(values, file) => {
              setShownJobId(null);
              if (values.mapping === NEW_MAPPING) {
                upload.reset();
                setChosen({ values, file });
                setWizardOpen(true);
              } else void upload.start(values, file);
            }}
          />
        )}
        {wizardOpen && state.phase === 'refused' ? (
          <ErrorBanner
            title="The import could not start"
            messages={[
              ...Object.values(state.problems.fields),
              ...state.problems.other,
            ].filter((message): message is string => Boolean(message))}
          />
        ) : null}
        {busy ? (
          <Card
            as="section"
            title={`Uploading ${state.fileName}`}
            testId="import-upload"
          >
            <ImportProgressBlock
              label="Upload progress"
              status="Sending the file to the server…"
              progress={uploadProgressState(
                state.progress.loaded,
                state.progress.total,
              )}
            />
          </Card>
        ) : null}
        {jobId ? (
          <ImportJobPanel
            key={jobId}
            jobId={jobId}
            organizationId={organization.id}
            canCancel={importer}
            onFinished={onFinished}
          />
        ) : null}
        <ImportHistory
          organizationId={organization.id}
          refreshKey={historyKey}
          onShow={(id) => {
            upload.reset();
            setShownJobId(id);
          }}
        />
      </div>
    </>
  );
}
