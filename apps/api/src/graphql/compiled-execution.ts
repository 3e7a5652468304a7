import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import {
  BREAK,
  Kind,
  visit,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/** How often a document runs through graphql-js before it is compiled. */
export const COMPILE_AFTER_RUNS = 1;

type Compiled = { runs: number; query?: CompiledQuery | null };

/**
 * graphql-jit writes argument literals into the code it generates as JSON,
 * then turns a marker it uses for dates back into `new Date(…)` with a
 * regular expression over that JSON — which a string literal carrying the
 * (public) marker can use to inject code (found here: 0.8.9 runs
 * `"__MAGIC_DATE__…0)+(code)+(0"`). So a document with any string literal
 * is never compiled; the dashboard's documents pass strings as variables,
 * which graphql-jit reads at run time and never writes into code.
 */
export function hasStringLiteral(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.STRING]: () => {
      found = true;
      return BREAK;
    },
  });
  return found;
}

/**
 * Queries executed by graphql-jit (decision 0023): the dashboard's reads
 * resolve hundreds of fields, and graphql-js spends more on each field's
 * bookkeeping (arguments, paths, resolve info, promises) than the resolvers
 * do — 44 % of what the department dashboard request allocated. graphql-jit
 * compiles a document once into a plain function for that selection; Apollo
 * still parses, validates and applies the request limits before it.
 *
 * Kept to the cases where it changes nothing a client sees:
 * - queries only; a mutation runs through graphql-js as before;
 * - documents without string literals (hasStringLiteral);
 * - a document is compiled on its second run, so a one-off query (a
 *   prober's, say) costs no compilation;
 * - a compiled run with any error is discarded and the query runs again
 *   through graphql-js, whose errors, paths, codes and formatError are what
 *   clients know. Queries do not write, so running one twice repeats only
 *   reads (the request's DataLoaders keep what the first run loaded).
 */
export function compiledExecutionPlugin(): ApolloServerPlugin {
  // One entry per parsed document and operation. Apollo keeps one
  // DocumentNode per query text in its document cache, so an entry lives
  // as long as the query is cached there and goes with it.
  const bySchema = new WeakMap<
    GraphQLSchema,
    WeakMap<DocumentNode, Map<string, Compiled>>
  >();
  const compiledFor = (
    schema: GraphQLSchema,
    document: DocumentNode,
    operationName: string | null | undefined,
  ): CompiledQuery | null => {
    let documents = bySchema.get(schema);
    if (!documents) bySchema.set(schema, (documents = new WeakMap()));
    let operations = documents.get(document);
    if (!operations) documents.set(document, (operations = new Map()));
    const key = operationName ?? '';
    let entry = operations.get(key);
    if (!entry) operations.set(key, (entry = { runs: 0 }));
    if (entry.query !== undefined) return entry.query;
    entry.runs += 1;
    if (entry.runs <= COMPILE_AFTER_RUNS) return null;
    if (hasStringLiteral(document)) return (entry.query = null);
    const compiled = compileQuery(
      schema,
      document,
      operationName ?? undefined,
      {
        // A failed compiled run is thrown away (below): its stacks are never read.
        disablingCapturingStackErrors: true,
      },
    );
    entry.query = isCompiledQuery(compiled) ? compiled : null;
    return entry.query;
  };

  return {
    async requestDidStart() {
      return {
        async responseForOperation({
          schema,
          document,
          operation,
          request,
          contextValue,
        }) {
          if (operation.operation !== 'query') return null;
          const query = compiledFor(schema, document, request.operationName);
          if (!query) return null;
          const result = await query.query(
            undefined,
            contextValue,
            request.variables ?? {},
          );
          // graphql-js runs it again and reports the errors as it always has.
          if (result.errors?.length) return null;
          return {
            http: { status: undefined, headers: new HeaderMap() },
            body: { kind: 'single', singleResult: { data: result.data } },
          };
        },
      };
    },
  };
}
