import { spawnSync } from 'node:child_process';
import { unlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '../../..');

type Probe = { name: string; projectDir: string; code: string };

// The architecture is enforced by lint (docs/architecture.md). These probes
// prove the rules really fire: each is a file that breaks (or keeps) one
// boundary, written into a real project and linted with the project's own
// config in one ESLint run, then removed.
const importing = (module: string, symbol: string) =>
  `import { ${symbol} } from '${module}';\nexport const probe = ${symbol};\n`;
const DOMAIN = 'libs/domain/access/src/lib';

const FORBIDDEN_PACKAGES: Probe[] = [
  ['@nestjs/common', 'Injectable'],
  ['typeorm', 'DataSource'],
  ['pg', 'Client'],
  ['react', 'useState'],
  ['d3-scale', 'scaleLinear'],
  ['graphql', 'GraphQLError'],
  ['@apollo/client', 'ApolloClient'],
].map(([module, symbol]) => ({
  name: module,
  projectDir: DOMAIN,
  code: importing(module, symbol),
}));

const FORBIDDEN_IO: Probe[] = [
  'node:fs',
  'fs',
  'node:http',
  'node:child_process',
].map((module) => ({
  name: module,
  projectDir: DOMAIN,
  code: `import * as io from '${module}';\nexport const probe = io;\n`,
}));

const DOMAIN_ON_DATA_ACCESS: Probe = {
  name: 'domain → data access',
  projectDir: 'libs/domain/departments/src/lib',
  code: importing('@esm-planner/api-data-access-db', 'ENTITIES'),
};
const DOMAIN_ON_DOMAIN: Probe = {
  name: 'domain → domain',
  projectDir: 'libs/domain/departments/src/lib',
  code: importing('@esm-planner/domain-access', 'ROLES'),
};

// Inside the API: which feature module may import which (apps/api/module-rules.mjs).
const API_MODULES = 'apps/api/src/modules';
const ROADMAP_ON_ROLLOUTS: Probe = {
  name: 'roadmap → rollouts',
  projectDir: `${API_MODULES}/roadmap`,
  // outside-reads: allow (a probe's import, relative to the probe's folder)
  code: importing('../rollouts/rollout-plans.service', 'RolloutPlansService'),
};
const ROLLOUTS_ON_ROADMAP: Probe = {
  name: 'rollouts → roadmap',
  projectDir: `${API_MODULES}/rollouts`,
  // outside-reads: allow (a probe's import, relative to the probe's folder)
  code: importing('../roadmap/roadmap.service', 'RoadmapService'),
};
const GRAPHQL_ON_FEATURE: Probe = {
  name: 'graphql/ → a feature',
  projectDir: 'apps/api/src/graphql',
  code: importing(
    // outside-reads: allow (a probe's import, relative to the probe's folder)
    '../modules/departments/departments.service',
    'DepartmentsService',
  ),
};

// The style guide's function length (eslint.sizes.json): 80 lines pass, 81
// do not.
const functionOfLines = (lines: number) =>
  `export function probe(): number {\n  let total = 0;\n${'  total += 1;\n'.repeat(lines - 4)}  return total;\n}\n`;
const FUNCTION_OF_80_LINES: Probe = {
  name: '80-line function',
  projectDir: DOMAIN,
  code: functionOfLines(80),
};
const FUNCTION_OF_81_LINES: Probe = {
  name: '81-line function',
  projectDir: DOMAIN,
  code: functionOfLines(81),
};

const PROBES = [
  ...FORBIDDEN_PACKAGES,
  ...FORBIDDEN_IO,
  DOMAIN_ON_DATA_ACCESS,
  DOMAIN_ON_DOMAIN,
  ROADMAP_ON_ROLLOUTS,
  ROLLOUTS_ON_ROADMAP,
  GRAPHQL_ON_FEATURE,
  FUNCTION_OF_80_LINES,
  FUNCTION_OF_81_LINES,
];

describe('module boundaries', () => {
  const messages = new Map<
    Probe,
    { ruleId: string | null; message: string }[]
  >();

  beforeAll(() => {
    // The Nx rule reads the cached project graph; a fresh clone has none.
    const nx = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules/nx/dist/bin/nx.js'), 'show', 'projects'],
      {
        cwd: ROOT,
        env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
        encoding: 'utf8',
      },
    );
    if (nx.status !== 0)
      throw new Error(`nx could not build the project graph:\n${nx.stderr}`);
    const files = PROBES.map((probe, index) => {
      const file = join(
        ROOT,
        probe.projectDir,
        `boundary-probe-${process.pid}-${index}.ts`,
      );
      writeFileSync(file, probe.code);
      return file;
    });
    try {
      // ESLint runs in its own process: its config is an ES module, which
      // jest's CommonJS sandbox cannot import.
      const eslint = spawnSync(
        process.execPath,
        [
          join(ROOT, 'node_modules/eslint/bin/eslint.js'),
          '--format',
          'json',
          ...files,
        ],
        {
          cwd: ROOT,
          encoding: 'utf8',
          maxBuffer: 16 * 1024 * 1024,
        },
      );
      const results = JSON.parse(eslint.stdout) as {
        filePath: string;
        messages: { ruleId: string | null; message: string }[];
      }[];
      for (const result of results) {
        const index = files.findIndex(
          (file) => relative(file, result.filePath) === '',
        );
        messages.set(PROBES[index], result.messages);
      }
    } finally {
      files.forEach((file) => unlinkSync(file));
    }
  });

  const rulesOf = (probe: Probe) =>
    (messages.get(probe) ?? []).map((m) => m.ruleId);

  it.each(FORBIDDEN_PACKAGES.map((probe) => [probe.name, probe] as const))(
    'forbids a domain library to import %s',
    (_name, probe) => {
      expect(messages.get(probe)).toEqual([
        expect.objectContaining({
          ruleId: '@nx/enforce-module-boundaries',
          message: expect.stringContaining('is not allowed to import'),
        }),
      ]);
    },
  );

  it.each(FORBIDDEN_IO.map((probe) => [probe.name, probe] as const))(
    'forbids a domain library the I/O module %s',
    (_name, probe) => {
      expect(rulesOf(probe)).toContain('no-restricted-imports');
    },
  );

  it('forbids a domain library to depend on the data-access library', () => {
    expect(messages.get(DOMAIN_ON_DATA_ACCESS)).toEqual([
      expect.objectContaining({
        message: expect.stringContaining(
          'can only depend on libs tagged with "type:domain", "type:util"',
        ),
      }),
    ]);
  });

  it('lets a domain library use another domain library', () => {
    expect(messages.get(DOMAIN_ON_DOMAIN)).toEqual([]);
  });

  it('forbids the roadmap module to import the rollouts module', () => {
    expect(messages.get(ROADMAP_ON_ROLLOUTS)).toEqual([
      expect.objectContaining({
        ruleId: 'boundaries/dependencies',
        message: expect.stringContaining(
          'modules/roadmap may not import apps/api/src/modules/rollouts',
        ),
      }),
    ]);
  });

  it('lets the rollouts module import the roadmap module', () => {
    expect(messages.get(ROLLOUTS_ON_ROADMAP)).toEqual([]);
  });

  it('forbids the GraphQL framework folder to import a feature', () => {
    expect(messages.get(GRAPHQL_ON_FEATURE)).toEqual([
      expect.objectContaining({
        ruleId: 'boundaries/dependencies',
        message: expect.stringContaining('import no feature'),
      }),
    ]);
  });

  it('refuses a function longer than 80 lines and admits one of 80', () => {
    expect(messages.get(FUNCTION_OF_80_LINES)).toEqual([]);
    expect(messages.get(FUNCTION_OF_81_LINES)).toEqual([
      expect.objectContaining({
        ruleId: 'max-lines-per-function',
        message: expect.stringContaining('(81)'),
      }),
    ]);
  });
});
