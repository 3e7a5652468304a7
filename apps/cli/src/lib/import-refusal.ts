import type { ApiError } from './api-client';

/** Why the server refused to start an import: its code, message and each field's problem on a line of its own. */
export function describeRefusal(
  error: Pick<ApiError, 'code' | 'message' | 'fields'>,
): string {
  const fields = error.fields
    .map((field) => `\n  ${field.field}: ${field.message}`)
    .join('');
  return `The import was refused${error.code ? ` (${error.code})` : ''}: ${error.message}${fields}`;
}
