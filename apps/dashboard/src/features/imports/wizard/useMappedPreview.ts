import { useEffect, useState } from 'react';
import { describeErrors } from './mapping-problems';
import { requestPreview } from './preview-client';
import type { FilePreview } from './preview-request';
import { toColumnMappingInput, type WizardMapping } from './wizard-mapping';

/** The first rows read with the mapping, what stopped them, or null while reading. */
export type MappedPreview =
  { preview: FilePreview } | { failure: string } | null;

/** Reads the file's first rows with the mapping again whenever the mapping changes. */
export function useMappedPreview({
  organizationId,
  file,
  token,
  mapping,
}: {
  organizationId: string;
  file: File;
  token: string | null;
  mapping: WizardMapping;
}): MappedPreview {
  const [mapped, setMapped] = useState<MappedPreview>(null);
  // The name plays no part in reading: typing it does not read the file again.
  const input = toColumnMappingInput({ ...mapping, name: 'Preview' });
  const key = JSON.stringify(input);
  useEffect(() => {
    const controller = new AbortController();
    setMapped(null);
    void requestPreview({
      organizationId,
      file,
      token,
      mapping: JSON.parse(key),
      signal: controller.signal,
    }).then((answer) => {
      if (controller.signal.aborted) return;
      if (answer.kind === 'preview') setMapped({ preview: answer.preview });
      else
        setMapped({
          failure:
            answer.kind === 'failed'
              ? answer.message
              : describeErrors(answer.errors),
        });
    });
    return () => controller.abort();
  }, [organizationId, file, token, key]);
  return mapped;
}
