import { useState } from 'react';
import { CONFIG } from '../../config';
import { useSession } from '../../app/session/SessionContext';
import { downloadBlobFile } from '../exports/download-file';
import { caseFileStem, exportUrl } from './export-url';

/**
 * Downloads one of a saved case's files with the session's bearer token:
 * `busy` is the key of the file on its way, `error` what went wrong.
 */
export function useCaseDownload(caseName: string) {
  const session = useSession();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const download = async ({
    key,
    path,
    suffix,
  }: {
    key: string;
    path: string;
    suffix: string;
  }) => {
    setBusy(key);
    setError(null);
    try {
      const response = await fetch(
        exportUrl(path, CONFIG.graphqlUrl, window.location.origin),
        { headers: { authorization: `Bearer ${session?.token ?? ''}` } },
      );
      if (!response.ok)
        throw new Error(`the server answered ${response.status}`);
      downloadBlobFile({
        blob: await response.blob(),
        fileName: `${caseFileStem(caseName)}${suffix}`,
      });
    } catch (cause) {
      setError(
        `The file could not be downloaded: ${(cause as Error).message}.`,
      );
    } finally {
      setBusy(null);
    }
  };
  return { busy, error, download };
}
