const { baseConfig } = require('../jest/jest.shared.cjs');

module.exports = {
  ...baseConfig(__dirname, '@esm-planner/architecture-tests'),
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  testTimeout: 60000,
};
