import { useEffect, useRef, useState } from 'react';
import { print } from 'graphql';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import {
  hasErrorCode,
  StartImportDocument,
} from '@esm-planner/dashboard-data-access-graphql';
import { useSessionStore } from '../../app/session/SessionContext';
import { CONFIG } from '../../config';
import {
  type FormProblems,
  problemsFromFailure,
} from '../forms/field-problems';
import {
  IMPORT_FORM_INPUTS,
  IMPORT_FORM_LABELS,
  toStartImportInput,
  type ImportFormValues,
  type ImportRun,
} from './import-form';
import { multipartBody, multipartFields } from './multipart';
import { startImportOutcome } from './start-import-outcome';
import { postMultipart, type UploadProgress } from './upload-request';

export type UploadState =
  | { phase: 'idle' }
  | { phase: 'uploading'; fileName: string; progress: UploadProgress }
  | { phase: 'started'; jobId: string }
  | { phase: 'refused'; problems: FormProblems };

const START_IMPORT_QUERY = print(StartImportDocument);

/**
 * Uploads an import file as a GraphQL multipart request and reports the
 * upload's progress; ends with the new job's id or the reasons it was refused.
 */
export function useImportUpload(organizationId: string) {
  const store = useSessionStore();
  const [state, setState] = useState<UploadState>({ phase: 'idle' });
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  async function start(
    values: ImportFormValues,
    file: File,
    run: ImportRun = {},
  ): Promise<void> {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    const fields = multipartFields({
      query: START_IMPORT_QUERY,
      operationName: 'StartImport',
      variables: {
        input: toStartImportInput(organizationId, values, file, run),
      },
      filePath: 'variables.input.file',
    });
    setState({
      phase: 'uploading',
      fileName: file.name,
      progress: { loaded: 0, total: file.size },
    });
    const outcome = await postMultipart({
      url: CONFIG.graphqlUrl,
      token: store.read()?.token ?? null,
      body: multipartBody(fields, file, file.name),
      signal: controller.signal,
      read: startImportOutcome,
      // Without a computable length, the file's size is a fair total.
      onProgress: ({ loaded, total }) =>
        setState((current) =>
          current.phase === 'uploading'
            ? { ...current, progress: { loaded, total: total ?? file.size } }
            : current,
        ),
    });
    if (controller.signal.aborted) return;
    if (outcome.kind === 'started') {
      setState({ phase: 'started', jobId: outcome.jobId });
    } else if (outcome.kind === 'rejected') {
      if (hasErrorCode(outcome.errors, 'UNAUTHENTICATED'))
        store.clear('expired');
      setState({
        phase: 'refused',
        // The upload's answer read as Apollo's would be, so the form says it as every other form does.
        problems: problemsFromFailure(
          new CombinedGraphQLErrors({ data: null, errors: outcome.errors }),
          IMPORT_FORM_LABELS,
          {
            inputNames: IMPORT_FORM_INPUTS,
          },
        ),
      });
    } else {
      setState({
        phase: 'refused',
        problems: { fields: {}, other: [outcome.message] },
      });
    }
  }

  return {
    state,
    start,
    reset: () => {
      abort.current?.abort();
      setState({ phase: 'idle' });
    },
  };
}
