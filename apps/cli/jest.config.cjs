const { baseConfig } = require('../../tests/jest/jest.shared.cjs');

module.exports = {
  ...baseConfig(__dirname, '@esm-planner/cli'),
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
