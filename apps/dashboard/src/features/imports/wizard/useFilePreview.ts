import { useEffect, useState } from 'react';
import { describeErrors } from './mapping-problems';
import { requestPreview } from './preview-client';
import type { FilePreview } from './preview-request';

/**
 * The file's first read: its headers and first rows, and whether the file
 * was cut short. `loading` and `failure` are shared with the wizard's later
 * reads of the file (counting values), hence their setters.
 */
export function useFilePreview({
  organizationId,
  file,
  token,
  onRead,
}: {
  organizationId: string;
  file: File;
  token: string | null;
  /** Called once the preview arrives; a new callback reads the file again. */
  onRead: (preview: FilePreview) => void;
}) {
  const [preview, setPreview] = useState<{
    data: FilePreview;
    partial: boolean;
  } | null>(null);
  const [loading, setLoading] = useState<string | null>('Reading the file…');
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    void requestPreview({
      organizationId,
      file,
      token,
      signal: controller.signal,
    }).then((answer) => {
      if (controller.signal.aborted) return;
      setLoading(null);
      if (answer.kind === 'preview') {
        setPreview({ data: answer.preview, partial: answer.partial });
        onRead(answer.preview);
      } else
        setFailure(
          answer.kind === 'failed'
            ? answer.message
            : describeErrors(answer.errors),
        );
    });
    return () => controller.abort();
  }, [organizationId, file, token, onRead]);

  return { preview, loading, setLoading, failure, setFailure };
}
