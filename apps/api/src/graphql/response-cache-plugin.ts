import type { ApolloServerPlugin } from '@apollo/server';

/** What the response cache's middleware sets on a request whose answer it keeps. */
type Context = { req?: { storeResponse?: (body: string) => void } };

/**
 * Stores the answer to a query that the response cache marked (its middleware
 * runs before Apollo, and keeps it once sent with status 200): only a complete answer, HTTP 200, no errors, no partial
 * data. Mutations and subscriptions are never stored. The bytes are the ones
 * Apollo sends (its prettyJSONStringify of { errors, data, extensions }).
 */
export function responseCachePlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const store = contextValue.req?.storeResponse;
      if (!store) return;
      return {
        async willSendResponse({ response, operation, errors }) {
          if (operation?.operation !== 'query' || errors?.length) return;
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (result.errors || result.extensions || !result.data) return;
          const status = response.http.status;
          if (status !== undefined && status !== 200) return;
          store(JSON.stringify({ data: result.data }) + '\n');
        },
      };
    },
  };
}
