// The bench's own code is plain ESM (.mjs, run by node without a build);
// its unit specs (*.spec.mjs beside it) are compiled to CommonJS like every
// other spec here. Part of `npm run test:unit` (the root jest projects).
const { baseConfig, swcTransform } = require('../tests/jest/jest.shared.cjs');

module.exports = {
  ...baseConfig(__dirname, 'bench'),
  transform: { '^.+\\.mjs$': swcTransform },
  moduleFileExtensions: ['mjs', 'js', 'json'],
  testMatch: ['<rootDir>/**/*.spec.mjs'],
};
