import type { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, GraphQLError, Kind, visit } from 'graphql';

const NUL = '\u0000';

/** The path of the first string holding U+0000 in a variable's value, as graphql-js writes paths ("input.name"). */
export function nulPath(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes(NUL) ? path : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = nulPath(item, `${path}.${index}`);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = nulPath(item, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

function literalHasNul(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.STRING]: (node) => {
      if (node.value.includes(NUL)) found = true;
    },
  });
  return found;
}

/**
 * PostgreSQL text cannot hold U+0000: a string carrying it would reach the
 * database and fail there as an internal error. Refused up front instead,
 * as BAD_USER_INPUT naming where it is (found by the GraphQL input fuzz
 * test, issue 13). Files are not affected: their cells are checked by the
 * importers, with line and column.
 */
export function rejectNulCharactersPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          for (const [name, value] of Object.entries(request.variables ?? {})) {
            const path = nulPath(value, name);
            if (path) {
              throw new GraphQLError(
                `Variable "$${name}" got invalid value at "${path}"; text may not contain the NUL character (U+0000)`,
                {
                  extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
                },
              );
            }
          }
          if (literalHasNul(document)) {
            throw new GraphQLError(
              'a string in the query contains the NUL character (U+0000), which text may not contain',
              {
                extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
              },
            );
          }
        },
      };
    },
  };
}
