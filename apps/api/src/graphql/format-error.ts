import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { AppError, FieldProblem } from '../common/app-error';
import { tokenLimitError } from './request-limits';

// Codes Apollo and graphql-js produce for a malformed request: the message is
// about the request itself, so the client may see it.
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

// Wrong values (as opposed to a wrong query shape) are the user's input.
const VALUE_PROBLEM =
  /got invalid value|does not exist in ".+" enum|Expected value of type|cannot represent/i;

/** `Variable "$input" got invalid value "X" at "input.kind"; …` → field `kind`. */
function fieldsOf(message: string): FieldProblem[] | undefined {
  const at = /at "([^"]+)"/.exec(message);
  const variable = /Variable "\$([^"]+)"/.exec(message);
  const path = at?.[1] ?? variable?.[1];
  if (!path) return undefined;
  const field =
    path
      .split('.')
      .filter((part) => !/^\d+$/.test(part))
      .pop() ?? path;
  return [{ field, message }];
}

/**
 * The only way errors leave the API: AppErrors with their code and details,
 * request errors with their message, and everything else as a bare
 * INTERNAL_SERVER_ERROR — never a stack trace, SQL or a file path.
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
  logUnexpected: (error: unknown) => void,
): GraphQLFormattedError {
  const unwrapped = unwrapResolverError(error);
  // A request refused before execution (a request limit) carries its AppError as the cause.
  const original =
    unwrapped instanceof GraphQLError &&
    unwrapped.originalError instanceof AppError
      ? unwrapped.originalError
      : (formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED' &&
          tokenLimitError(formatted.message)) ||
        unwrapped;
  const { message, locations, path } = formatted;
  if (original instanceof AppError) {
    return {
      message: original.message,
      locations,
      path,
      extensions: { ...original.extensions, code: original.code },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
    if (code === 'BAD_USER_INPUT' || VALUE_PROBLEM.test(message)) {
      return {
        message,
        locations,
        path,
        extensions: { code: 'BAD_USER_INPUT', fields: fieldsOf(message) },
      };
    }
    return { message, locations, path, extensions: { code } };
  }
  logUnexpected(original);
  return {
    message: 'Internal server error',
    path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
