import type { GraphQLFormattedError } from 'graphql';

/** What came back from the upload of an import file. */
export type StartImportOutcome =
  | { kind: 'started'; jobId: string }
  | { kind: 'rejected'; errors: readonly GraphQLFormattedError[] }
  | { kind: 'failed'; message: string };

export const TOO_LARGE_MESSAGE =
  'The file is larger than the server accepts. Split it into smaller files and import them one after the other.';
export const UPLOAD_FAILED_MESSAGE =
  'The upload did not reach the server. Check your connection and try again.';
export const UNEXPECTED_ANSWER_MESSAGE =
  'The server answered the upload in a way the dashboard does not understand. Please try again in a moment.';

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function isErrorList(value: unknown): value is GraphQLFormattedError[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every(
      (error) =>
        typeof error === 'object' &&
        error !== null &&
        typeof (error as { message?: unknown }).message === 'string',
    )
  );
}

/**
 * Reads the HTTP answer to a `startImport` multipart request: the new job's
 * id, the GraphQL errors that refused it, or a sentence for anything else.
 */
export function startImportOutcome(
  status: number,
  responseText: string,
): StartImportOutcome {
  if (status === 413) return { kind: 'failed', message: TOO_LARGE_MESSAGE };
  if (status === 0) return { kind: 'failed', message: UPLOAD_FAILED_MESSAGE };
  const body = parse(responseText) as {
    data?: { startImport?: { id?: unknown } | null } | null;
    errors?: unknown;
  } | null;
  const id = body?.data?.startImport?.id;
  if (typeof id === 'string' && id !== '')
    return { kind: 'started', jobId: id };
  if (isErrorList(body?.errors))
    return { kind: 'rejected', errors: body.errors };
  return { kind: 'failed', message: UNEXPECTED_ANSWER_MESSAGE };
}
