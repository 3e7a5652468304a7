const path = require('node:path');
const {
  libJestConfig,
  WORKSPACE_ROOT,
} = require('../../../tests/jest/jest.shared.cjs');

const config = libJestConfig(__dirname, '@esm-planner/dashboard-ui-charts');

// The d3 modules ship as ES modules only, which jest's CommonJS runtime
// cannot load; each one's UMD bundle (dist/d3-<name>.js) is the same code in a
// form jest can require, and it requires its own d3 dependencies by name.
module.exports = {
  ...config,
  moduleNameMapper: {
    ...config.moduleNameMapper,
    '^(d3-[a-z-]+)$': path.join(WORKSPACE_ROOT, 'node_modules/$1/dist/$1.js'),
  },
};
