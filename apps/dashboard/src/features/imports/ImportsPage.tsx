import { useCallback, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { ImportsPageDocument } from '@esm-planner/dashboard-data-access-graphql';
import { Card, PageHeader } from '@esm-planner/dashboard-ui';
import { organizationPageState } from '../organizations/organization-page-state';
import { usePageTitle } from '../../app/routing/usePageTitle';
import { canImport } from '../access/roles';
import { ImportForm } from './ImportForm';
import { ImportHistory } from './ImportHistory';
import { ImportJobPanel } from './ImportJobPanel';
import { ImportProgressBlock } from './ImportProgressBlock';
import { uploadProgressState } from './import-progress';
import { useImportUpload } from './useImportUpload';
import './imports.css';

/** `/organizations/:organizationId/imports`: start an import, follow it, see the history. */
export function ImportsPage() {
  const { organizationId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ImportsPageDocument, {
    variables: { organizationId },
  });
  const upload = useImportUpload(organizationId);
  const [shownJobId, setShownJobId] = useState<string | null>(null);
  const [historyKey, setHistoryKey] = useState(0);
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
  return (
    <>
      <PageHeader
        eyebrow={organization.name}
        title="Imports"
        description="Bring in a two-week audit or weekly metrics (CSV or XLSX) or request records (CSV). Each file is checked first and stored completely or not at all; importing the same file again changes nothing."
      />
      <div className="imports-page">
        {canImport(organization.myRole) ? (
          <ImportForm
            problems={state.phase === 'refused' ? state.problems : null}
            busy={state.phase === 'uploading'}
            onSubmit={(values, file) => {
              setShownJobId(null);
              void upload.start(values, file);
            }}
          />
        ) : (
          <Card as="section" title="New import">
            <p className="muted">
              Your role lets you see the imports, not start them.
              Administrators, the CoE and department heads import files.
            </p>
          </Card>
        )}
        {state.phase === 'uploading' ? (
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
            canCancel={canImport(organization.myRole)}
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
