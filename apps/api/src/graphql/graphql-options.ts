import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { formatGraphQLError } from './format-error';
import { rejectNulCharactersPlugin } from './nul-characters';
import { responseCachePlugin } from './response-cache-plugin';
import {
  blockFieldSuggestionsApolloPlugin,
  PARSE_OPTIONS,
  requestLimitRules,
} from './request-limits';
import type { Request } from 'express';
import type { AppConfig } from '../config/env.schema';

const logger = new Logger('GraphQL');

/**
 * The schema is built in memory on start (sorted, as scripts/print-schema.ts
 * writes it); `apps/api/schema.gql` is the committed copy, checked by tests.
 */
export function graphqlOptions(
  config: Pick<AppConfig, 'NODE_ENV'>,
): ApolloDriverConfig {
  const production = config.NODE_ENV === 'production';
  return {
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    playground: false,
    // A production server does not describe itself to strangers (schema.gql
    // is published with the source); development and tests keep both.
    introspection: !production,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    // Apollo installs its cache-control plugin unless told not to; it hooks
    // every field of every response to compute cache hints the API never
    // sets (no HTTP caching of POSTed queries), at a measurable cost per field.
    plugins: [
      production
        ? ApolloServerPluginLandingPageDisabled()
        : ApolloServerPluginLandingPageLocalDefault({ embed: true }),
      ApolloServerPluginCacheControlDisabled(),
      rejectNulCharactersPlugin(),
      // Keeps the answers the response cache's middleware asked for (docs/decisions/0027).
      responseCachePlugin(),
      // "Did you mean …?" would spell out the schema to a prober; developers keep it.
      ...(production ? [blockFieldSuggestionsApolloPlugin()] : []),
    ],
    // Tokens, aliases, cost and depth (docs/security.md, "Request limits").
    parseOptions: PARSE_OPTIONS,
    validationRules: requestLimitRules(),
    // A fresh object per request: the features' DataLoaders are kept per
    // context object (graphql/request-loader.ts).
    context: ({ req }: { req: Request }) => ({ req }),
    formatError: (formatted, error) =>
      formatGraphQLError(formatted, error, (unexpected) =>
        logger.error(
          unexpected instanceof Error
            ? (unexpected.stack ?? unexpected.message)
            : String(unexpected),
        ),
      ),
  };
}
