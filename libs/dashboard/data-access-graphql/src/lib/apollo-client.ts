import {
  ApolloClient,
  ApolloLink,
  HttpLink,
  InMemoryCache,
} from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { hasErrorCode } from './api-errors';
import type { SessionStore } from './session-store';

// A wrong password also answers UNAUTHENTICATED; that is a form error on the
// login page, not a session that ended.
const SIGN_IN_OPERATIONS: ReadonlySet<string> = new Set(['Login']);

/**
 * The dashboard's Apollo client: every request carries the session's bearer
 * token, and an UNAUTHENTICATED answer ends the session, which sends the
 * person back to the login page (the router watches the session store).
 */
export function createApolloClient({
  uri,
  sessionStore,
}: {
  /** The GraphQL endpoint, e.g. `/graphql`. */
  uri: string;
  sessionStore: SessionStore;
}): ApolloClient {
  const authLink = new SetContextLink((context) => {
    const session = sessionStore.read();
    if (!session) return {};
    return {
      headers: {
        ...context['headers'],
        Authorization: `Bearer ${session.token}`,
      },
    };
  });

  const sessionEndLink = new ErrorLink(({ error, operation }) => {
    if (SIGN_IN_OPERATIONS.has(operation.operationName ?? '')) return;
    if (
      CombinedGraphQLErrors.is(error) &&
      hasErrorCode(error.errors, 'UNAUTHENTICATED')
    ) {
      sessionStore.clear('expired');
    }
  });

  return new ApolloClient({
    link: ApolloLink.from([sessionEndLink, authLink, new HttpLink({ uri })]),
    cache: new InMemoryCache({
      typePolicies: {
        // A baseline has no id of its own: it lives inside its department.
        // Queries that select different fields of it merge, not replace.
        Baseline: { merge: true },
      },
    }),
  });
}
