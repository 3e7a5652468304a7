// Which feature module of apps/api may import which (docs/architecture.md,
// "Modules inside the API"), enforced by eslint-plugin-boundaries. A feature
// not listed under another may not import it; the framework folders import
// no feature at all.
import boundaries from 'eslint-plugin-boundaries';

/** Feature → the features it may import. Keep in step with docs/architecture.md. */
export const FEATURE_IMPORTS = {
  auth: ['people'],
  baselines: ['auth', 'departments'],
  'business-cases': [
    'auth',
    'baselines',
    'compute',
    'departments',
    'metrics',
    'roadmap',
  ],
  catalog: ['auth', 'baselines', 'departments'],
  coe: ['auth'],
  'column-mappings': ['auth', 'compute', 'imports'],
  compute: ['business-cases', 'imports'],
  departments: ['auth'],
  health: ['auth'],
  imports: ['auth', 'business-cases', 'column-mappings', 'compute'],
  maturity: ['auth', 'baselines', 'catalog', 'coe', 'metrics'],
  metrics: ['auth', 'departments'],
  organizations: ['auth', 'departments', 'imports'],
  overview: [
    'auth',
    'business-cases',
    'departments',
    'maturity',
    'metrics',
    'roadmap',
  ],
  people: ['auth', 'departments'],
  roadmap: ['auth', 'baselines', 'departments', 'metrics'],
  rollouts: ['auth', 'departments', 'roadmap'],
  setup: ['auth', 'organizations', 'people'],
};

const API = 'apps/api/src';
const feature = (name) => ({
  element: { type: 'api-feature', captured: { feature: name } },
});
const anyOf = (names) =>
  names.length === 1 ? names[0] : `{${names.join(',')}}`;

export const apiModuleRules = {
  files: [`${API}/**/*.ts`],
  plugins: { boundaries },
  settings: {
    'import/resolver': { node: { extensions: ['.ts', '.js'] } },
    'boundaries/elements': [
      {
        type: 'api-feature',
        pattern: `${API}/modules/*`,
        capture: ['feature'],
        partialMatch: false,
      },
      {
        type: 'api-framework',
        pattern: `${API}/{common,config,graphql,job-queue}`,
        partialMatch: false,
      },
      { type: 'api-seed', pattern: `${API}/seed`, partialMatch: false },
      { type: 'api-root', pattern: `${API}`, partialMatch: false },
    ],
  },
  rules: {
    'boundaries/dependencies': [
      'error',
      {
        default: 'allow',
        policies: [
          {
            from: { element: { type: 'api-framework' } },
            disallow: {
              to: {
                element: { type: ['api-feature', 'api-seed', 'api-root'] },
              },
            },
            message:
              'The framework folders of the API (graphql/, common/, config/, job-queue/) import no feature.',
          },
          {
            from: { element: { type: 'api-feature' } },
            disallow: {
              to: {
                element: { type: ['api-feature', 'api-seed', 'api-root'] },
              },
            },
            message:
              'modules/{{from.captured.feature}} may not import {{to.path}}: ' +
              'see FEATURE_IMPORTS in apps/api/module-rules.mjs and docs/architecture.md.',
          },
          ...Object.entries(FEATURE_IMPORTS).map(([name, allowed]) => ({
            from: feature(name),
            allow: { to: feature(anyOf([name, ...allowed])) },
          })),
        ],
      },
    ],
  },
};
