const { baseConfig } = require('../jest/jest.shared.cjs');

// The built app (`npm run build`) in a real browser, on the run's own database.
module.exports = {
  ...baseConfig(__dirname, '@esm-planner/dashboard-e2e'),
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/../jest/database.global-setup.mjs',
  globalTeardown: '<rootDir>/../jest/database.global-teardown.mjs',
  testTimeout: 60000,
};
