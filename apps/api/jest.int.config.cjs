const esm = require('./jest.esm-interop.cjs');

/**
 * API integration tests: the real app over HTTP (supertest) on a real PostgreSQL (a throwaway
 * embedded server, see test/support/global-setup.ts), each spec file in its own database made
 * from a template that ran the real migrations. The Swagger CLI plugin runs here as in the build.
 */
module.exports = {
  displayName: 'api-int',
  maxWorkers: require('../../jest.workers.cjs'),
  rootDir: __dirname,
  testEnvironment: 'node',
  setupFiles: ['reflect-metadata'],
  testMatch: ['<rootDir>/test/integration/**/*.int-spec.ts'],
  transformIgnorePatterns: esm.transformIgnorePatterns,
  moduleNameMapper: {
    '^@vigie/shared$': '<rootDir>/../../libs/shared/src',
    '^@vigie/shared/testing$': '<rootDir>/../../libs/shared/src/testing.ts',
  },
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60000,
  transform: {
    ...esm.jsTransform,
    '^.+\\.ts$': [
      'ts-jest',
      {
        tsconfig: '<rootDir>/tsconfig.json',
        astTransformers: { before: ['<rootDir>/test/support/swagger-plugin.transformer.cjs'] },
      },
    ],
  },
};
