const { libJestConfig } = require('../../../tests/jest/jest.shared.cjs');

module.exports = libJestConfig(__dirname, '@esm-planner/shared-testing');
