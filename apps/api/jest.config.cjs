const { baseConfig } = require('../../tests/jest/jest.shared.cjs');

module.exports = {
  ...baseConfig(__dirname, '@esm-planner/api'),
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/scripts/**/*.spec.ts'],
};
