const path = require('node:path');
const {
  libJestConfig,
  WORKSPACE_ROOT,
} = require('../../../tests/jest/jest.shared.cjs');

const config = libJestConfig(__dirname, '@esm-planner/dashboard-ui-charts');

// d3 ships as ES modules only, which jest's CommonJS runtime cannot load;
// its UMD bundle (dist/d3.js) is the same code in a form jest can require.
module.exports = {
  ...config,
  moduleNameMapper: {
    ...config.moduleNameMapper,
    '^d3$': path.join(WORKSPACE_ROOT, 'node_modules/d3/dist/d3.js'),
  },
};
