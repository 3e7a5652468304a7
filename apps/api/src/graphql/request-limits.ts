import type { ApolloServerPlugin } from '@apollo/server';
import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import { AppError } from '../common/app-error';

/**
 * The limits every GraphQL document must keep (docs/security.md, "Request
 * limits"), enforced by GraphQL Armor. Each is several times what the
 * largest dashboard document needs (request-limits.spec.ts runs every one
 * through them): the business-case page costs 3,080, has 276 tokens, is 5
 * deep and uses no alias.
 */
export const REQUEST_LIMITS = {
  /** Aliased fields per operation: 1,000 aliases of `me` were all answered. */
  aliases: 30,
  /** GraphQL Armor's structural cost (object 2, scalar 1, ×1.5 per level). */
  cost: 10_000,
  /** Lexical tokens of the document, counted while it is parsed. */
  tokens: 2_000,
  /** Nested object fields (the schema is cyclic: Department.organization.departments…). */
  depth: 10,
} as const;

export type RequestLimit = keyof typeof REQUEST_LIMITS;

const DESCRIPTIONS: Record<
  RequestLimit,
  (max: number, found: string) => string
> = {
  aliases: (max, found) =>
    `the query uses ${found} aliases; at most ${max} aliases are allowed`,
  cost: (max, found) =>
    `the query costs ${found}; at most ${max} is allowed (ask for fewer fields or fewer aliases)`,
  tokens: (max) => `the query is longer than ${max} tokens`,
  depth: (max, found) =>
    `the query is ${found} levels deep; at most ${max} are allowed`,
};

/** The error a client sees for a document over a limit: BAD_USER_INPUT naming the limit. */
export function requestLimitError(
  limit: RequestLimit,
  armorMessage: string,
): AppError {
  // Armor says "… limit of N exceeded, found M."; the client gets our words.
  const found = /found (\d+(?:\.\d+)?)/.exec(armorMessage)?.[1] ?? 'more';
  const max = REQUEST_LIMITS[limit];
  return new AppError('BAD_USER_INPUT', DESCRIPTIONS[limit](max, found), {
    limit,
    max,
  });
}

// Armor throws by default, which escapes graphql-js's validate() as an
// internal error; reported through the context instead, the document is
// refused like any invalid one (HTTP 400), with our error as its cause.
function reportAs(limit: RequestLimit): {
  onReject: GraphQLArmorRejectCallback[];
  propagateOnRejection: false;
} {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        const appError = requestLimitError(limit, error.message);
        context?.reportError(
          new GraphQLError(appError.message, { originalError: appError }),
        );
      },
    ],
  };
}

/** The validation rules: aliases, cost and depth. */
export function requestLimitRules(): ValidationRule[] {
  // Armor's rules return visitor classes; graphql-js takes them as plain visitors.
  return [
    maxAliasesRule({ n: REQUEST_LIMITS.aliases, ...reportAs('aliases') }),
    costLimitRule({ maxCost: REQUEST_LIMITS.cost, ...reportAs('cost') }),
    // A fragment spread is not a level: depth counts fields, leaves included.
    maxDepthRule({
      n: REQUEST_LIMITS.depth,
      flattenFragments: true,
      ...reportAs('depth'),
    }),
  ] as unknown as ValidationRule[];
}

/**
 * The token limit for Apollo's parser. graphql-js 16 counts tokens while it
 * parses (`maxTokens`) exactly as Armor's max-tokens plugin does; Armor's
 * plugin is an Envelop parse hook, and in Apollo it could only throw from a
 * plugin hook, which Apollo answers as an internal error (500). Apollo
 * reports the parser's own error as a syntax error (400): formatGraphQLError
 * turns it into BAD_USER_INPUT naming the limit.
 */
export const PARSE_OPTIONS = { maxTokens: REQUEST_LIMITS.tokens } as const;

const TOKEN_LIMIT_MESSAGE =
  /^Syntax Error: Document contains more that \d+ tokens/;

/** The request-limit error for a parse failure, if the parser stopped at the token limit. */
export function tokenLimitError(message: string): AppError | null {
  return TOKEN_LIMIT_MESSAGE.test(message)
    ? requestLimitError('tokens', message)
    : null;
}

/**
 * Armor's field-suggestion mask ("Did you mean …?" names fields of the
 * schema), applied to the validation errors Apollo is about to send.
 */
export function blockFieldSuggestionsApolloPlugin(): ApolloServerPlugin {
  const armor = blockFieldSuggestionsPlugin({ mask: '' });
  return {
    async requestDidStart() {
      return {
        async validationDidStart() {
          return async (errors) => {
            if (!errors?.length) return;
            const onValidateEnd = (
              armor.onValidate as unknown as () => (payload: unknown) => void
            )();
            // The mask rewrites each error's message in place.
            onValidateEnd({
              valid: false,
              result: errors,
              setResult: () => undefined,
            });
          };
        },
      };
    },
  };
}
