/**
 * Everything the dashboard takes from its build environment. This is the
 * only module that reads `import.meta.env`; the rest of the app imports
 * CONFIG, so the settings are typed and listed in one place.
 */
function text(value: unknown, fallback: string): string {
  return typeof value === 'string' && value.trim() !== ''
    ? value.trim()
    : fallback;
}

export const CONFIG = {
  /** The GraphQL endpoint: same origin by default (see .env.example). */
  graphqlUrl: text(import.meta.env.VITE_GRAPHQL_URL, '/graphql'),
} as const;
