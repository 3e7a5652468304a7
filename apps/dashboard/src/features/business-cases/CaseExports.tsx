import { useState } from 'react';
import { Button, Icon } from '@esm-planner/dashboard-ui';
import { CONFIG } from '../../config';
import { useSession } from '../../app/session/SessionContext';
import { downloadBlobFile } from '../exports/download-file';

const FILES = [
  { key: 'xlsx', label: 'XLSX for Finance', path: (id: string) => `${id}.xlsx`, suffix: '.xlsx' },
  { key: 'cio', label: 'PDF: CIO', path: (id: string) => `${id}/cio.pdf`, suffix: '-cio.pdf' },
  { key: 'department-head', label: 'PDF: department heads', path: (id: string) => `${id}/department-head.pdf`, suffix: '-department-head.pdf' },
  { key: 'finance', label: 'PDF: Finance', path: (id: string) => `${id}/finance.pdf`, suffix: '-finance.pdf' },
] as const;

/** The exports endpoint next to /graphql (same origin by default). */
export function exportUrl(path: string, graphqlUrl = CONFIG.graphqlUrl, origin = window.location.origin): string {
  const url = new URL(graphqlUrl, origin);
  url.pathname = url.pathname.replace(/graphql\/?$/, `exports/business-cases/${path}`);
  return url.toString();
}

/** Downloads of the saved case (its latest version), with the session's bearer token. */
export function CaseExports({ caseId, caseName }: { caseId: string; caseName: string }) {
  const session = useSession();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const download = async (file: (typeof FILES)[number]) => {
    setBusy(file.key);
    setError(null);
    try {
      const response = await fetch(exportUrl(file.path(caseId)), { headers: { authorization: `Bearer ${session?.token ?? ''}` } });
      if (!response.ok) throw new Error(`the server answered ${response.status}`);
      const stem = caseName.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').toLowerCase() || 'business-case';
      downloadBlobFile({ blob: await response.blob(), fileName: `${stem}${file.suffix}` });
    } catch (cause) {
      setError(`The file could not be downloaded: ${(cause as Error).message}.`);
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="case-exports">
      {FILES.map((file) => (
        <Button key={file.key} size="sm" icon={<Icon name="download" size={16} />} loading={busy === file.key} onClick={() => void download(file)} testId={`export-${file.key}`}>
          {file.label}
        </Button>
      ))}
      {error ? <p role="alert" className="case-note">{error}</p> : null}
    </div>
  );
}
