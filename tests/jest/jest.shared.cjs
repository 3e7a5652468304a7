// One place for how jest compiles TypeScript here: @swc/jest with decorator
// metadata (Nest and TypeORM need it) and the tsconfig path aliases.
const path = require('node:path');
const { compilerOptions } = require('../../tsconfig.json');

const WORKSPACE_ROOT = path.resolve(__dirname, '../..');

const moduleNameMapper = {
  ...Object.fromEntries(
    Object.entries(compilerOptions.paths).map(([alias, [target]]) => [
      `^${alias}$`,
      path.join(WORKSPACE_ROOT, target),
    ]),
  ),
  // A component's stylesheet is Vite's to bundle; in a spec it is nothing.
  '\\.css$': path.join(__dirname, 'stylesheet-stub.cjs'),
};

const swcTransform = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: {
        legacyDecorator: true,
        decoratorMetadata: true,
        react: { runtime: 'automatic' },
      },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];

function baseConfig(projectDir, displayName) {
  return {
    displayName,
    rootDir: projectDir,
    testEnvironment: 'node',
    transform: { '^.+\\.(t|j)sx?$': swcTransform },
    moduleNameMapper,
    moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  };
}

/** Unit tests: `*.spec.ts` next to the code. */
function libJestConfig(projectDir, displayName) {
  return {
    ...baseConfig(projectDir, displayName),
    testMatch: ['<rootDir>/src/**/*.spec.ts?(x)'],
  };
}

module.exports = {
  baseConfig,
  libJestConfig,
  moduleNameMapper,
  swcTransform,
  WORKSPACE_ROOT,
};
