const esm = require('./jest.esm-interop.cjs');

/** API unit tests (src, *.spec.ts): no database. */
module.exports = {
  displayName: 'api',
  maxWorkers: require('../../jest.workers.cjs'),
  rootDir: __dirname,
  testEnvironment: 'node',
  setupFiles: ['reflect-metadata'],
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  transformIgnorePatterns: esm.transformIgnorePatterns,
  moduleNameMapper: {
    '^@vigie/shared$': '<rootDir>/../../libs/shared/src',
    '^@vigie/shared/testing$': '<rootDir>/../../libs/shared/src/testing.ts',
  },
  transform: {
    ...esm.jsTransform,
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
};
