import { useState } from 'react';
import { Button, Icon } from '@esm-planner/dashboard-ui';
import { useSession } from '../../app/session/SessionContext';
import { CONFIG } from '../../config';
import { downloadBlobFile } from '../exports/download-file';

/** The API's path (`/exports/imports/…/skipped-rows.csv`) on the server that answers /graphql. */
export function apiFileUrl(
  path: string,
  graphqlUrl = CONFIG.graphqlUrl,
  origin = window.location.origin,
): string {
  return new URL(path, new URL(graphqlUrl, origin)).toString();
}

/** "Download skipped rows (CSV)": every row the import skipped, with line, column, problem and value. */
export function SkippedRowsDownload({
  url,
  fileStem,
}: {
  url: string;
  fileStem: string;
}) {
  const session = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const download = async () => {
    setBusy(true);
    setError(null);
    try {
      const response = await fetch(apiFileUrl(url), {
        headers: { authorization: `Bearer ${session?.token ?? ''}` },
      });
      if (!response.ok)
        throw new Error(`the server answered ${response.status}`);
      downloadBlobFile({
        blob: await response.blob(),
        fileName: `${fileStem}.skipped.csv`,
      });
    } catch (cause) {
      setError(
        `The skipped rows could not be downloaded: ${(cause as Error).message}.`,
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="import-skipped-download">
      <Button
        icon={<Icon name="download" size={16} />}
        loading={busy}
        onClick={() => void download()}
        testId="download-skipped-rows"
      >
        Download skipped rows (CSV)
      </Button>
      {error ? <p role="alert">{error}</p> : null}
    </div>
  );
}
