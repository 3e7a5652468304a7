import { Button, Icon } from '@esm-planner/dashboard-ui';
import { useCaseDownload } from './useCaseDownload';

const FILES = [
  {
    key: 'xlsx',
    label: 'XLSX for Finance',
    path: (id: string) => `${id}.xlsx`,
    suffix: '.xlsx',
  },
  {
    key: 'cio',
    label: 'PDF: CIO',
    path: (id: string) => `${id}/cio.pdf`,
    suffix: '-cio.pdf',
  },
  {
    key: 'department-head',
    label: 'PDF: department heads',
    path: (id: string) => `${id}/department-head.pdf`,
    suffix: '-department-head.pdf',
  },
  {
    key: 'finance',
    label: 'PDF: Finance',
    path: (id: string) => `${id}/finance.pdf`,
    suffix: '-finance.pdf',
  },
] as const;

/** Downloads of the saved case (its latest version), with the session's bearer token. */
export function CaseExports({
  caseId,
  caseName,
}: {
  caseId: string;
  caseName: string;
}) {
  const { busy, error, download } = useCaseDownload(caseName);
  return (
    <div className="case-exports">
      {FILES.map((file) => (
        <Button
          key={file.key}
          size="sm"
          icon={<Icon name="download" size={16} />}
          loading={busy === file.key}
          onClick={() =>
            void download({
              key: file.key,
              path: file.path(caseId),
              suffix: file.suffix,
            })
          }
          testId={`export-${file.key}`}
        >
          {file.label}
        </Button>
      ))}
      {error ? (
        <p role="alert" className="case-note">
          {error}
        </p>
      ) : null}
    </div>
  );
}
