import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import {
  ImportsPageDocument,
  ImportWizardContextDocument,
  type ImportWizardContextQuery,
} from '@esm-planner/dashboard-data-access-graphql';
import { Card, ErrorBanner, PageHeader } from '@esm-planner/dashboard-ui';
import { organizationPageState } from '../organizations/organization-page-state';
import { usePageTitle } from '../../app/routing/usePageTitle';
import { canImport } from '../access/roles';
import { ImportForm } from './ImportForm';
import { ImportHistory } from './ImportHistory';
import { ImportJobPanel } from './ImportJobPanel';
import { ImportProgressBlock } from './ImportProgressBlock';
import { INITIAL_IMPORT_VALUES } from './import-form';
import { uploadProgressState } from './import-progress';
import { useImportFlow } from './useImportFlow';
import { useImportUpload } from './useImportUpload';
import { MappingWizard } from './wizard/MappingWizard';
import './imports.css';

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
  const flow = useImportFlow(upload, () => void context.refetch());
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
  const { jobId } = flow;
  const busy = state.phase === 'uploading';
  return (
    <>
      <PageHeader
        eyebrow={organization.name}
        title="Imports"
        description="Bring in a two-week audit or weekly metrics (CSV or XLSX) or request records (CSV), from ESM Planner’s own columns, a tool’s export or any other layout through a column mapping. Each file is checked first; importing the same file again changes nothing."
      />
      <div className="imports-page">
        <NewImport
          importer={importer}
          flow={flow}
          upload={upload}
          organizationId={organization.id}
          wizardContext={context.data}
        />
        {flow.wizardOpen && state.phase === 'refused' ? (
          <ErrorBanner
            title="The import could not start"
            messages={[
              ...Object.values(state.problems.fields),
              ...state.problems.other,
            ].filter((message): message is string => Boolean(message))}
          />
        ) : null}
        {busy ? (
          <UploadProgressCard
            fileName={state.fileName}
            loaded={state.progress.loaded}
            total={state.progress.total}
          />
        ) : null}
        {jobId ? (
          <ImportJobPanel
            key={jobId}
            jobId={jobId}
            organizationId={organization.id}
            canCancel={importer}
            onFinished={flow.onFinished}
          />
        ) : null}
        <ImportHistory
          organizationId={organization.id}
          refreshKey={flow.historyKey}
          onShow={flow.showJob}
        />
      </div>
    </>
  );
}

/** The form, or the mapping wizard with the form's file, or why neither is offered. */
function NewImport({
  importer,
  flow,
  upload,
  organizationId,
  wizardContext,
}: {
  importer: boolean;
  flow: ReturnType<typeof useImportFlow>;
  upload: ReturnType<typeof useImportUpload>;
  organizationId: string;
  wizardContext: ImportWizardContextQuery | undefined;
}) {
  const { chosen } = flow;
  const { state } = upload;
  const mappings = wizardContext?.columnMappings ?? [];
  const busy = state.phase === 'uploading';
  return !importer ? (
    <Card as="section" title="New import">
      <p className="muted">
        Your role lets you see the imports, not start them. Administrators, the
        CoE and department heads import files.
      </p>
    </Card>
  ) : flow.wizardOpen && chosen ? (
    <MappingWizard
      organizationId={organizationId}
      organizationTimeZone={wizardContext?.organization?.timeZone ?? 'UTC'}
      departments={
        wizardContext?.organization?.departments.map(
          (department) => department.name,
        ) ?? []
      }
      kind={chosen.values.kind}
      file={chosen.file}
      mappings={mappings}
      skipInvalid={chosen.values.skipInvalid}
      busy={busy}
      onSkipInvalid={(skip) => flow.setSkipInvalid(chosen, skip)}
      onBackToFile={flow.closeWizard}
      onRun={(run) => flow.runMapping(chosen, run)}
    />
  ) : (
    <ImportForm
      key={flow.formKey}
      problems={state.phase === 'refused' ? state.problems : null}
      busy={busy}
      mappings={mappings}
      initial={chosen ?? { values: INITIAL_IMPORT_VALUES, file: null }}
      onSubmit={flow.submitForm}
    />
  );
}

function UploadProgressCard({
  fileName,
  loaded,
  total,
}: {
  fileName: string;
  loaded: number;
  total: number | null;
}) {
  return (
    <Card as="section" title={`Uploading ${fileName}`} testId="import-upload">
      <ImportProgressBlock
        label="Upload progress"
        status="Sending the file to the server…"
        progress={uploadProgressState(loaded, total)}
      />
    </Card>
  );
}
