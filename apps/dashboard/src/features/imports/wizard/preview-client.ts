import type { ColumnMappingInput } from '@esm-planner/domain-imports';
import { CONFIG } from '../../../config';
import { multipartBody, multipartFields } from '../multipart';
import { postMultipart } from '../upload-request';
import { previewPart } from './preview-part';
import {
  previewQuery,
  previewVariables,
  readPreviewAnswer,
  type PreviewAnswer,
} from './preview-request';

/** How many of the file's first rows the wizard shows. */
export const SAMPLE_ROWS = 20;

export type PreviewRequest = {
  organizationId: string;
  file: File;
  token: string | null;
  /** Columns whose whole-file values to count. */
  columns?: readonly string[];
  /** A mapping to apply to the first rows (what they will become). */
  mapping?: ColumnMappingInput;
  signal?: AbortSignal;
};

/** previewImport with the file (or its first part) as a multipart upload. */
export async function requestPreview({
  organizationId,
  file,
  token,
  columns = [],
  mapping,
  signal,
}: PreviewRequest): Promise<PreviewAnswer & { partial: boolean }> {
  const part = await previewPart(file);
  const input = {
    organizationId,
    file: null,
    rows: SAMPLE_ROWS,
    ...(mapping ? { mapping: { ...mapping, organizationId } } : {}),
  };
  const fields = multipartFields({
    query: previewQuery(columns.length),
    operationName: 'PreviewImport',
    variables: previewVariables(input, columns),
    filePath: 'variables.input.file',
  });
  const answer = await postMultipart({
    url: CONFIG.graphqlUrl,
    token,
    body: multipartBody(fields, part.blob, file.name),
    signal,
    read: (status, text) => readPreviewAnswer(status, text, columns),
  });
  return { ...answer, partial: part.partial };
}
