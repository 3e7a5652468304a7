const { baseConfig } = require('../../tests/jest/jest.shared.cjs');

// The API over HTTP against a real PostgreSQL (see tests/jest/database.*).
module.exports = {
  ...baseConfig(__dirname, '@esm-planner/api:integration'),
  testMatch: ['<rootDir>/test/integration/**/*.integration-spec.ts'],
  globalSetup: '<rootDir>/../../tests/jest/database.global-setup.mjs',
  globalTeardown: '<rootDir>/../../tests/jest/database.global-teardown.mjs',
  testTimeout: 30000,
};
