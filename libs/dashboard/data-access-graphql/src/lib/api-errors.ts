import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';

/** The codes api.md promises in `extensions.code`. */
export type ApiErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'GATE_BLOCKED'
  | 'CONFLICT';

const USER_FACING_CODES: ReadonlySet<string> = new Set<ApiErrorCode>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'GATE_BLOCKED',
  'CONFLICT',
]);

export const NETWORK_ERROR_MESSAGE =
  'The ESM Planner server cannot be reached. Check your connection and try again.';
export const UNEXPECTED_ERROR_MESSAGE =
  'Something went wrong on the server. Please try again in a moment.';

/** The GraphQL errors Apollo failed with; empty for network and other errors. */
export function graphQLErrorsOf(
  error: unknown,
): readonly GraphQLFormattedError[] {
  return CombinedGraphQLErrors.is(error) ? error.errors : [];
}

export function codeOf(error: GraphQLFormattedError): string | null {
  const code = error.extensions?.['code'];
  return typeof code === 'string' ? code : null;
}

export function hasErrorCode(
  errors: readonly GraphQLFormattedError[],
  code: ApiErrorCode,
): boolean {
  return errors.some((error) => codeOf(error) === code);
}

/** "name must not be empty" → "Name must not be empty." */
export function asSentence(message: string): string {
  const trimmed = message.trim();
  if (trimmed === '') return trimmed;
  const capitalised = trimmed[0].toUpperCase() + trimmed.slice(1);
  return /[.!?…]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

// Only the codes the API defines carry messages written for people; anything
// else (internal errors, a query the server no longer accepts) gets a generic
// sentence so no implementation detail reaches the screen.
function userMessageOf(error: GraphQLFormattedError): string {
  const code = codeOf(error);
  return code !== null && USER_FACING_CODES.has(code)
    ? asSentence(error.message)
    : UNEXPECTED_ERROR_MESSAGE;
}

/** One sentence for an error state: never a stack trace or server detail. */
export function describeApiError(error: unknown): string {
  const errors = graphQLErrorsOf(error);
  if (errors.length === 0) {
    return CombinedGraphQLErrors.is(error)
      ? UNEXPECTED_ERROR_MESSAGE
      : NETWORK_ERROR_MESSAGE;
  }
  return [...new Set(errors.map(userMessageOf))].join(' ');
}
